package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.beforeReturn;

import java.util.List;

/**
 * This process as {@code ProcessHandle.current()} describes it: its pid, its description ({@code info()}) and
 * its parent are the master's, the process a native run has.
 */
final class ProcessHandleInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.ProcessHandleImpl";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(beforeReturn("pid", "()J", "processId"),
                beforeReturn("info", "()Ljava/lang/ProcessHandle$Info;", "processInfo"),
                beforeReturn("parent", "()Ljava/util/Optional;", "processParent"));
    }
}
