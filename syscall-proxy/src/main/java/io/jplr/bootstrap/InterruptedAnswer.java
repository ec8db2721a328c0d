package io.jplr.bootstrap;

import java.util.concurrent.locks.LockSupport;

/**
 * The master answered the calling thread's interruptible call interrupted: a quorum of replicas' threads were
 * interrupted in it. In this replica the program's interrupt of the thread may still be to come (a replica behind
 * the quorum, or a replacement replaying the run). Natively the call could not end before it came, and what the
 * program does next may depend on it having come: a periodic task whose sleep was interrupted by
 * {@code cancel(true)} is scheduled again unless its future was cancelled first. So the thread waits for it. A
 * replica whose program never interrupts the thread has diverged: its stalled stream is found hung.
 */
final class InterruptedAnswer {
    private InterruptedAnswer() {
    }

    /** Returns once the calling thread's interrupt flag is set, by now or by the program's interrupt to come. */
    static void awaitInterrupt() {
        Thread thread = Thread.currentThread();
        while (!thread.isInterrupted()) {
            LockSupport.park(InterruptedAnswer.class);
        }
    }
}
