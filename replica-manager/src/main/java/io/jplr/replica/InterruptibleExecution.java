package io.jplr.replica;

import io.jplr.bootstrap.Answer;
import java.util.function.Supplier;

/**
 * One interruptible call (a sleep, a wait for a process or a watch key) as a master worker performs it, and its
 * interruption, which the master's loop decides once a quorum of replicas said their thread was interrupted. The
 * two race: the interruption may come before the worker starts (it then performs the call with its flag set, and
 * the JDK's method decides, as natively for a thread that calls it interrupted: a sleep throws at once, a wait for
 * a process that has ended returns), while it performs the call (the worker is interrupted), or after (nothing
 * happens: the call was answered). A worker is interrupted only while it performs this call, never in the next.
 */
final class InterruptibleExecution {
    private Thread performer;
    private boolean interrupted;

    /** On the worker: the call's answer, with the worker interrupted if the call is or was. */
    Answer perform(Supplier<Answer> call) {
        synchronized (this) {
            performer = Thread.currentThread();
            if (interrupted) {
                performer.interrupt();
            }
        }
        try {
            return call.get();
        } finally {
            synchronized (this) {
                performer = null;
            }
            // An interruption that came as the call returned must not reach the worker's next call.
            Thread.interrupted();
        }
    }

    /** On the master's loop: interrupts the call, whether it is being performed or has not begun. */
    synchronized void interrupt() {
        interrupted = true;
        if (performer != null) {
            performer.interrupt();
        }
    }
}
