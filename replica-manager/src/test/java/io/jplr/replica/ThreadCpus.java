package io.jplr.replica;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the kernel says about CPU affinity, read independently of JNA. */
final class ThreadCpus {
    private ThreadCpus() {
    }

    /** The CPUs the calling thread may run on. */
    static int[] ofCallingThread() throws IOException {
        return allowed(Path.of("/proc/thread-self/status"));
    }

    /** The CPUs the process's first thread may run on: not the test's thread, which the JVM started later. */
    static int[] ofFirstThread() throws IOException {
        return allowed(Path.of("/proc/self/status"));
    }

    private static int[] allowed(Path status) throws IOException {
        String prefix = "Cpus_allowed_list:";
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith(prefix)) {
                return CpuPlacement.parseList(line.substring(prefix.length()).trim());
            }
        }
        throw new IOException("no " + prefix + " in " + status);
    }
}
