package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.beforeReturn;

import java.util.List;

/** The process id: {@code ProcessHandle.current().pid()} answers the master's pid, the one a native run has. */
final class ProcessHandleInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.ProcessHandleImpl";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(beforeReturn("pid", "()J", "processId"));
    }
}
