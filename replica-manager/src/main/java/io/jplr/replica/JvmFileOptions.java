package io.jplr.replica;

import java.util.List;

/**
 * The JVM options that make a JVM write files of its own, or run commands, besides what the program does: log
 * files ({@code -Xlog} to a file, {@code -Xloggc}), heap dumps, a class data archive written at exit, a
 * performance data file, commands on an error. They are the master's: its JVM is the one the user started and
 * writes what they name, as natively; a replica writing them would touch the user's files itself, four JVMs
 * rotating one log or dumping one heap each.
 */
final class JvmFileOptions {
    /** Options that write or run something whatever their value. */
    private static final List<String> PREFIXES = List.of("-Xloggc:", "-XX:HeapDumpPath=",
            "-XX:+HeapDumpOnOutOfMemoryError", "-XX:+HeapDumpBeforeFullGC", "-XX:+HeapDumpAfterFullGC",
            "-XX:ArchiveClassesAtExit=", "-XX:+AutoCreateSharedArchive", "-XX:+PerfDataSaveToFile",
            "-XX:PerfDataSaveFile=", "-XX:OnError=", "-XX:OnOutOfMemoryError=", "-XX:LogFile=", "-XX:+LogVMOutput",
            "-XX:+LogCompilation");

    private JvmFileOptions() {
    }

    static boolean writesFiles(String option) {
        for (String prefix : PREFIXES) {
            if (option.startsWith(prefix)) {
                return true;
            }
        }
        return option.startsWith("-Xlog:") && logsToFile(option.substring("-Xlog:".length()));
    }

    /**
     * Whether {@code -Xlog:what:output:decorators:options} names a file as its output: anything but nothing,
     * {@code stdout}, {@code stderr} and their indexes {@code #0} and {@code #1}. A quoted file name may hold
     * colons.
     */
    static boolean logsToFile(String configuration) {
        int start = -1;
        boolean quoted = false;
        for (int i = 0; i < configuration.length(); i++) {
            char c = configuration.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ':' && !quoted) {
                if (start >= 0) {
                    return isFile(configuration.substring(start, i));
                }
                start = i + 1;
            }
        }
        return start >= 0 && isFile(configuration.substring(start));
    }

    private static boolean isFile(String output) {
        return !output.isEmpty() && !output.equals("stdout") && !output.equals("stderr") && !output.equals("#0")
                && !output.equals("#1");
    }
}
