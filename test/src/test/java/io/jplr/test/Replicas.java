package io.jplr.test;

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
