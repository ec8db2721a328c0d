package io.jplr.faultinjector;

import io.jplr.replica.FaultTarget;
import io.jplr.replica.Master;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;

/**
 * One replica slot of a job, seen from the master. Memory faults are injected from outside, through the
 * replica's /proc/PID/mem; every other fault is carried out by the replica itself on request (its watchdog
 * looks at the channel's injection block every {@value #POLL_MILLIS} ms).
 */
final class ReplicaTarget implements InjectionTarget {
    static final long POLL_MILLIS = 20;
    /** How long a replica may take to start, or to answer a request, before the operation gives up. */
    private static final long START_MILLIS = 30_000;
    private static final long ANSWER_MILLIS = 10_000;

    private final Master master;
    private final int slot;

    ReplicaTarget(Master master, int slot) {
        this.master = master;
        this.slot = slot;
    }

    @Override
    public synchronized String inject(FaultModel model, long argument, long seed) {
        FaultTarget target = await(true);
        if (model == FaultModel.MEMORY) {
            String who = "replica " + slot + " (pid " + target.pid() + ")";
            try {
                return who + ": " + ProcessMemory.flipBits(target.pid(), (int) argument, new SplittableRandom(seed));
            } catch (IOException e) {
                throw new UncheckedIOException(who + ": " + e.getMessage(), e);
            }
        }
        return request(target, model, model.code(), argument, seed, ANSWER_MILLIS);
    }

    /**
     * The request is written as soon as the replica's channel exists: a replica still starting finds it at its
     * first look, before the application's main runs, so no branch can pass unnoticed.
     */
    @Override
    public synchronized String injectAtBranch(FaultModel model, long branch, long seed) {
        if (!model.strikesAtBranch()) {
            throw new IllegalArgumentException(model.word() + " faults cannot strike at a branch");
        }
        FaultTarget target = await(false);
        if (model == FaultModel.MEMORY) {
            return armMemoryFault(target, branch, seed);
        }
        return request(target, model, model.code() | FaultModel.AT_BRANCH, branch, seed, START_MILLIS);
    }

    /**
     * A memory fault comes from outside: a thread of the master's watches the branch count the replica
     * publishes and flips one bit of its memory once the count is past {@code branch}.
     */
    private String armMemoryFault(FaultTarget target, long branch, long seed) {
        String who = "replica " + slot + " (pid " + target.pid() + ")";
        long now = target.channel().branchCount();
        if (now >= branch) {
            throw new IllegalArgumentException(who + ": backward branch " + branch + " is already past (the count is"
                    + " at " + now + "): nothing was injected");
        }
        Thread watcher = new Thread(() -> {
            while (target.alive() && target.channel().branchCount() < branch) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
            if (target.alive()) {
                try {
                    ProcessMemory.flipBits(target.pid(), 1, new SplittableRandom(seed));
                } catch (IOException | RuntimeException e) {
                    // The replica ended meanwhile: nothing left to flip.
                }
            }
        }, "jplr-memory-fault");
        watcher.setDaemon(true);
        watcher.start();
        return who + ": a memory fault (1 bit) strikes once the replica is past backward branch " + branch
                + " (now at " + now + ")";
    }

    private String request(FaultTarget target, FaultModel model, int code, long argument, long seed,
            long answerMillis) {
        String who = "replica " + slot + " (pid " + target.pid() + ")";
        long ticket = target.channel().requestInjection(code, argument, seed);
        long deadline = System.nanoTime() + answerMillis * 1_000_000L;
        while (true) {
            String result = target.channel().injectionResult(ticket);
            if (result != null) {
                if (result.startsWith("error: ")) {
                    throw new IllegalArgumentException(who + ": " + result.substring("error: ".length()));
                }
                return who + ": " + result;
            }
            if (!target.alive()) {
                if (model == FaultModel.CRASH && code == model.code()) {
                    return who + ": the JVM crashed";
                }
                throw new IllegalStateException(who + " ended before it carried out the fault");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(who + " did not carry out the fault within " + answerMillis
                        + " ms (is its JVM stopped?)");
            }
            sleep(2);
        }
    }

    @Override
    public long branchCount() {
        FaultTarget target = master.faultTarget(slot);
        return target == null ? 0 : target.channel().branchCount();
    }

    /**
     * The slot's replica, once it has started (and, if {@code attached}, mapped its channel): a job that just
     * started is waited for.
     */
    private FaultTarget await(boolean attached) {
        long deadline = System.nanoTime() + START_MILLIS * 1_000_000L;
        while (true) {
            FaultTarget target = master.faultTarget(slot);
            if (target != null && (!attached || target.attached()) && target.alive()) {
                return target;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("replica " + slot + " is not running"
                        + (target == null ? "" : " (pid " + target.pid() + " has ended)"));
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while injecting a fault", e);
        }
    }
}
