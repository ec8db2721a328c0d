package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.before;
import static io.jplr.agent.replica.Interception.beforeReturn;

import java.util.List;

/**
 * The end of the JVM: {@code java.lang.Shutdown.halt} (reached by {@code System.exit} after the shutdown
 * hooks, and by {@code Runtime.halt}) and the end of {@code Shutdown.shutdown} (the last non-daemon thread
 * ended and the hooks ran; the launcher then exits 0, or 1 after an uncaught exception). Either way the
 * replica announces its exit to the master after everything it wrote; the master votes on the exit values.
 */
final class ShutdownInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.Shutdown";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                before("halt", "(I)V", "exit"),
                beforeReturn("shutdown", "()V", "exitAfterLastThread"));
    }
}
