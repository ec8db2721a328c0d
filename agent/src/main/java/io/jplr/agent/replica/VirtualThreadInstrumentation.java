package io.jplr.agent.replica;

import java.util.List;

/**
 * {@code VirtualThread.interrupt()} (JDK 21+), which overrides {@code Thread.interrupt()}: as there, an interrupt
 * the thread owes changes nothing ({@link ThreadInstrumentation}). On a JDK without virtual threads the type never
 * loads and nothing is rewritten.
 */
final class VirtualThreadInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.VirtualThread";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(ThreadInstrumentation.absorbingOwedInterrupts());
    }
}
