package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.before;

import java.util.List;

/**
 * {@code Thread.exit}, which the JVM calls as a platform thread ends: writes the thread batched into mapped
 * files are sent then, not left for the program's exit.
 */
final class ThreadInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.Thread";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(before("exit", "()V", "threadEnds"));
    }
}
