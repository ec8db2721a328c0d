package io.jplr.faultinjector;

import io.jplr.bootstrap.BranchCounter;
import io.jplr.syscall.client.CallFaults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.instrument.Instrumentation;
import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Carries out a fault inside this JVM: a replica, on its master's request, or the one JVM of an unreplicated
 * run. Everything but the crash returns a one-line description of what was done.
 */
public final class LocalFaults {
    private final Instrumentation instrumentation;
    private final CallFaults calls;

    public LocalFaults(Instrumentation instrumentation, CallFaults calls) {
        this.instrumentation = instrumentation;
        this.calls = calls;
    }

    /**
     * Injects {@code model}. A fault that cannot be injected here (a register fault at a branch already
     * passed) throws {@link IllegalArgumentException}.
     */
    public String inject(FaultModel model, long argument, long seed) {
        switch (model) {
            case HEAP:
                return HeapBitFlip.flip(instrumentation, new SplittableRandom(seed));
            case REGISTER:
                long now = BranchCounter.count();
                if (!BranchCounter.arm(argument, seed)) {
                    throw new IllegalArgumentException("backward branch " + argument
                            + " is already past (the count is at " + now + "): nothing was injected");
                }
                return "a bit of a live local or operand flips at backward branch " + argument + " (now at "
                        + now + ")";
            case MEMORY:
                try {
                    return ProcessMemory.flipBits(ProcessHandle.current().pid(), (int) argument,
                            new SplittableRandom(seed));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            case OUTPUT:
                calls.corruptNext(seed);
                return "the next output has one bit flipped";
            case HANG:
                calls.hangAtNextCall();
                return "the next call never returns";
            case SLOW:
                calls.slowDown(argument);
                return argument > 0 ? "every call is delayed by " + argument + " ms" : "calls are no longer delayed";
            case CRASH:
                return "the JVM crashes (SIGSEGV)";
            default:
                throw new IllegalArgumentException("unknown fault model " + model);
        }
    }

    /**
     * Arms {@code model} to strike when this JVM executes its {@code branch}-th backward branch in application
     * code, on the thread that executes it. Throws {@link IllegalArgumentException} if the branch is past.
     */
    public String injectAtBranch(FaultModel model, long branch, long seed) {
        if (model == FaultModel.REGISTER) {
            return inject(model, branch, seed);
        }
        Runnable action = switch (model) {
            case HEAP -> () -> HeapBitFlip.flip(instrumentation, new SplittableRandom(seed));
            case OUTPUT -> () -> calls.corruptNext(seed);
            case CRASH -> this::crashNow;
            case MEMORY -> () -> flipOwnMemory(seed);
            case HANG -> LocalFaults::hangHere;
            default -> throw new IllegalArgumentException(model.word() + " faults cannot strike at a branch");
        };
        long now = BranchCounter.count();
        if (!BranchCounter.armAction(branch, action)) {
            throw new IllegalArgumentException("backward branch " + branch + " is already past (the count is at "
                    + now + "): nothing was injected");
        }
        return "a " + model.word() + " fault strikes at backward branch " + branch + " (now at " + now + ")";
    }

    /** One bit of this JVM's own memory, through /proc/self/mem, from the thread at the branch. */
    private static String flipOwnMemory(long seed) {
        try {
            return ProcessMemory.flipBits(ProcessHandle.current().pid(), 1, new SplittableRandom(seed));
        } catch (IOException e) {
            return "no memory bit flipped: " + e.getMessage();
        }
    }

    /** The application thread that reaches the armed branch loops for good: an endless loop, heart still beating. */
    private static void hangHere() {
        while (true) {
            LockSupport.park();
        }
    }

    /**
     * Ends this JVM the way a hardware fault would: a read of address 0 through the JDK's internal
     * {@code Unsafe}, so the JVM dies of SIGSEGV (and writes its error file) instead of exiting.
     * ({@code sun.misc.Unsafe} would do too, but warns on stderr from JDK 24 on: output of the faulty replica
     * alone, a divergence before the crash.)
     */
    void crashNow() {
        try {
            InternalUnsafe.obtain(instrumentation).readAddressZero();
        } catch (RuntimeException e) {
            // No internal Unsafe on this JDK: end as abruptly as the JVM allows.
        }
        Runtime.getRuntime().halt(134);
    }
}
