package io.jplr.replica;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used, in clock ticks, from {@code /proc/PID/stat} (Linux): a replica's sign of
 * life before its agent beats. A starting JVM uses CPU all along; one the kernel stopped uses none.
 */
final class ProcessCpuTime {
    /** What {@link #ticks} returns when it cannot tell: the process is gone, or there is no /proc. */
    static final long UNKNOWN = -1;
    /** utime and stime, fields 14 and 15 of the line, counted from the state (field 3) after the name. */
    private static final int UTIME = 11;
    private static final int STIME = 12;

    private ProcessCpuTime() {
    }

    static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.ISO_8859_1);
            // The name (field 2) is in parentheses and may hold spaces and parentheses itself.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[UTIME]) + Long.parseLong(fields[STIME]);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }
}
