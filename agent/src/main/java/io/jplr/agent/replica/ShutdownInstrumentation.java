package io.jplr.agent.replica;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.jplr.bootstrap.Boundary;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.DynamicType;

/**
 * The end of the JVM: {@code java.lang.Shutdown.halt} (reached by {@code System.exit} after the shutdown
 * hooks, and by {@code Runtime.halt}) and {@code Shutdown.shutdown} (the last non-daemon thread ended; the
 * launcher then exits 0, or 1 after an uncaught exception). Either way the replica announces its exit to
 * the master, after everything it wrote, and the master votes on the processes' exit values.
 */
final class ShutdownInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.Shutdown";
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
        return builder
                .visit(Advice.to(Halt.class).on(named("halt").and(takesArguments(int.class))))
                .visit(Advice.to(LastThreadEnded.class).on(named("shutdown").and(takesArguments(0))));
    }

    static final class Halt {
        @Advice.OnMethodEnter
        static void enter(@Advice.Argument(0) int status) {
            Boundary.exit(status);
        }
    }

    static final class LastThreadEnded {
        @Advice.OnMethodExit
        static void exit() {
            Boundary.exit(-1);
        }
    }
}
