package io.jplr.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The replica JVMs of a running master, seen from outside: its child processes. */
public final class Replicas {
    private Replicas() {
    }

    public static List<ProcessHandle> of(Process master) {
        return master.toHandle().children()
                .filter(child -> child.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .collect(Collectors.toList());
    }

    /**
     * Whether the process still runs. An orphan that has exited stays a zombie until the system's init
     * reaps it, and {@code ProcessHandle.isAlive} counts zombies as alive; the kernel's state does not.
     */
    public static boolean running(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    /** The slot of a replica, from the {@code -Djplr.replica=K:...} its master gave it; -1 if none. */
    public static int slot(ProcessHandle replica) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(replica.pid()), "cmdline"));
            String marker = "-Djplr.replica=";
            int start = cmdline.indexOf(marker);
            if (start < 0) {
                return -1;
            }
            start += marker.length();
            return Integer.parseInt(cmdline.substring(start, cmdline.indexOf(':', start)));
        } catch (IOException | RuntimeException gone) {
            return -1;
        }
    }

    /** Sends a signal ({@code KILL}, {@code STOP}...) to a process, as kill(1) does. */
    public static void signal(String signal, long pid) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    }

    /** Waits until the master has {@code count} replicas, and returns them. */
    public static List<ProcessHandle> await(Process master, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        List<ProcessHandle> replicas = of(master);
        while (replicas.size() < count && System.nanoTime() < deadline && master.isAlive()) {
            Thread.sleep(50);
            replicas = of(master);
        }
        return replicas;
    }
}
