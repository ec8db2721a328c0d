package io.jplr.faultinjector.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where one run lives in the campaign's work directory: its working directory ({@code NAME/}, where a crashing
 * JVM leaves its {@code hs_err} file), and beside it, out of the program's sight, its captured output and jPLR
 * report ({@code NAME.out}, {@code NAME.err}, {@code NAME.jsonl}).
 */
record RunFiles(Path directory, Path stdout, Path stderr, Path report) {

    /** Creates the run's directory; the report is appended to by jPLR, so a stale one is removed first. */
    static RunFiles create(Path workDir, String name) throws IOException {
        RunFiles files = new RunFiles(workDir.resolve(name), workDir.resolve(name + ".out"),
                workDir.resolve(name + ".err"), workDir.resolve(name + ".jsonl"));
        Files.createDirectories(files.directory);
        Files.deleteIfExists(files.report);
        return files;
    }

    /** The JVM left a fatal error log in the run's directory. */
    boolean hasCrashLog() throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.anyMatch(p -> {
                String name = p.getFileName().toString();
                return name.startsWith("hs_err_pid") && name.endsWith(".log");
            });
        }
    }

    byte[] readStdout() throws IOException {
        return readIfPresent(stdout);
    }

    byte[] readStderr() throws IOException {
        return readIfPresent(stderr);
    }

    /** Removes everything the run left, once it has been judged and need not be kept. */
    void delete() throws IOException {
        deleteTree(directory);
        Files.deleteIfExists(stdout);
        Files.deleteIfExists(stderr);
        Files.deleteIfExists(report);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static byte[] readIfPresent(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    }
}
