package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.before;
import static io.jplr.agent.replica.Interception.skipIfTrue;

import java.util.List;

/**
 * {@code Thread.exit}, which the JVM calls as a platform thread ends: writes the thread batched into mapped
 * files are sent then, not left for the program's exit. {@code Thread.interrupt()}: an interrupt a sleeping thread
 * owes (its sleep was answered interrupted before it came here: {@code InterruptDebts}) changes nothing.
 */
final class ThreadInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.lang.Thread";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(before("exit", "()V", "threadEnds"), absorbingOwedInterrupts());
    }

    /** {@code if (InterruptDebts.absorbed(this)) return;} at the start of {@code interrupt()}. */
    static Interception absorbingOwedInterrupts() {
        return skipIfTrue("interrupt", "()V", "absorbed", "this:Ljava/lang/Thread;").via(Boundaries.INTERRUPT_DEBTS);
    }
}
