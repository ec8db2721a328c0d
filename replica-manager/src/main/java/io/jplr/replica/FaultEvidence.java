package io.jplr.replica;

import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * What a faulty replica leaves for the report before it is gone: the stack of its thread (a replica that
 * diverged is alive, and prints its threads' stacks on SIGQUIT into its log), and its JVM's last words
 * (the hs_err file of a crash, or its log's tail).
 */
final class FaultEvidence {
    private static final int SIGQUIT = 3;
    /** How long a diverged replica is given to print its threads' stacks before it is killed. */
    private static final long STACK_TIMEOUT_MILLIS = 1_000;
    /** jPLR's own frames between the application's call and the channel: not what the operator looks for. */
    private static final Pattern JPLR_FRAME = Pattern.compile("at io\\.jplr\\.(bootstrap|syscall|agent)\\.");
    private static final int JVM_LINES = 20;

    private final RunDirectory run;
    private final Supplier<NativeCalls> natives;

    FaultEvidence(RunDirectory run, Supplier<NativeCalls> natives) {
        this.run = run;
        this.natives = natives;
    }

    /** The longest {@link #stackThenKill} waits for a stack. */
    static long stackTimeoutMillis() {
        return STACK_TIMEOUT_MILLIS;
    }

    /**
     * The stack of {@code thread} (null: every application thread) if the replica diverged and is alive;
     * then the replica is killed, and this returns once it is gone. A crashed or hung replica is killed at once.
     */
    List<String> stackThenKill(Replica replica, Fault.Kind kind, String thread) {
        List<String> stack = List.of();
        try {
            if (kind.divergence() && replica.process.isAlive() && natives.get().available()) {
                long offset = ThreadDump.size(replica.log);
                if (natives.get().signal(replica.process.pid(), SIGQUIT)) {
                    stack = ThreadDump.awaitStack(replica.log, offset, thread, STACK_TIMEOUT_MILLIS).stream()
                            .filter(line -> !JPLR_FRAME.matcher(line).lookingAt())
                            .toList();
                }
            }
        } catch (RuntimeException noStack) {
            // The stack is a courtesy; killing the replica is not.
        }
        replica.process.destroyForcibly();
        try {
            replica.process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return stack;
    }

    /** The JVM's own last words (hs_err or log tail), for crashes and hangs; nothing for a wrong answer. */
    List<String> jvmLines(Replica replica, Fault.Kind kind) {
        if (kind.divergence()) {
            return List.of();
        }
        return CrashReport.summary(ReplicaCommand.errorFile(run.path(), replica.ordinal), replica.log, JVM_LINES);
    }
}
