package io.jplr.agent.replica;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.jplr.bootstrap.Boundary;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.dynamic.DynamicType;

/** The process id: {@code ProcessHandle.current().pid()} answers the master's pid, the one a native run has. */
final class ProcessHandleInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.ProcessHandleImpl";
    }

    @Override
    public DynamicType.Builder<?> apply(DynamicType.Builder<?> builder) {
        return builder.visit(Advice.to(Pid.class).on(named("pid").and(takesArguments(0))));
    }

    static final class Pid {
        @Advice.OnMethodExit
        static void exit(@Advice.This ProcessHandle self, @Advice.Return(readOnly = false) long pid) {
            pid = Boundary.processId(self, pid);
        }
    }
}
