package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Duration;

/**
 * The program's {@code Thread.sleep} (rewritten call sites): the master sleeps, once for every replica.
 *
 * <p>Whether a sleep was interrupted is the master's decision too, the same for every replica: a thread
 * interrupted before or while it sleeps tells the master (the replica's client does, as it waits), and the master
 * interrupts the sleep once a quorum of replicas did. Deciding here, on the thread's own flag, would race the
 * interrupting thread differently in each replica. An interrupted sleep then ends in the JDK's {@code Thread.sleep},
 * called with the flag set, which throws at once: the exception, its message and the JDK's frames are the native
 * ones, and these methods are left out of stack traces ({@code HiddenFrames}). Invalid arguments go to the JDK's
 * method as well, for its own exception.
 */
public final class Sleeps {
    private Sleeps() {
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0 || Boundary.handler() == null || interrupted(nanos(millis, 0))) {
            Thread.sleep(millis);
        }
    }

    public static void sleep(long millis, int nanos) throws InterruptedException {
        if (millis < 0 || nanos < 0 || nanos > 999_999 || Boundary.handler() == null
                || interrupted(nanos(millis, nanos))) {
            Thread.sleep(millis, nanos);
        }
    }

    /** {@code Thread.sleep(Duration)}, JDK 19+: reached through a method handle from this JDK 17 class. */
    public static void sleep(Duration duration) throws InterruptedException {
        if (duration == null || Boundary.handler() == null || interrupted(nanos(duration))) {
            try {
                SleepForDuration.SLEEP.invokeExact(duration);
            } catch (InterruptedException | RuntimeException | Error e) {
                throw e;
            } catch (Throwable undeclared) {
                throw new IllegalStateException(undeclared);
            }
        }
    }

    /** Sleeps in the master; true if the sleep was interrupted, once the thread's flag is set for the JDK to throw. */
    private static boolean interrupted(long nanos) {
        if (Boundary.askUnchecked(Call.SLEEP, nanos).status() != Answer.INTERRUPTED) {
            return false;
        }
        InterruptedAnswer.awaitInterrupt();
        return true;
    }

    private static long nanos(long millis, int nanos) {
        long total = Math.multiplyHigh(millis, 1_000_000L) != 0 ? Long.MAX_VALUE : millis * 1_000_000L;
        return total > Long.MAX_VALUE - nanos ? Long.MAX_VALUE : total + nanos;
    }

    private static long nanos(Duration duration) {
        try {
            return Math.max(duration.toNanos(), 0);
        } catch (ArithmeticException tooLong) {
            return duration.isNegative() ? 0 : Long.MAX_VALUE;
        }
    }

    /** Apart, so that only a program that sleeps for a {@code Duration} (JDK 19+) looks the method up. */
    private static final class SleepForDuration {
        static final MethodHandle SLEEP = sleep();

        private static MethodHandle sleep() {
            try {
                return MethodHandles.publicLookup().findStatic(Thread.class, "sleep",
                        MethodType.methodType(void.class, Duration.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("jPLR: this JDK has no Thread.sleep(Duration)", e);
            }
        }
    }
}
