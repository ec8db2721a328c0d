package io.jplr.replica;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A JVM that reports what it runs on: its processor count, then the allowed CPUs of each of its threads. */
final class AffinityReport {
    private AffinityReport() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println("processors " + Runtime.getRuntime().availableProcessors());
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("Cpus_allowed_list:")) {
                            System.out.println("thread " + line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                } catch (NoSuchFileException ended) {
                    // A thread that ended since the listing runs nowhere.
                }
            }
        }
    }
}
