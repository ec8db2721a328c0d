package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.beforeReturn;

import java.util.List;

/**
 * {@code CountedCompleter}'s constructors: a completer gets a call stream of its own when the program (or the
 * task computing its parent) creates it, not when it is forked; for its {@code onCompletion} runs in whichever
 * thread completes its last pending child, and a parallel stream's {@code forEachOrdered} performs the program's
 * action there. {@link CallSiteRewriter} routes the {@code onCompletion} calls through {@code TaskStreams}.
 */
final class CountedCompleterInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.util.concurrent.CountedCompleter";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                beforeReturn("<init>", "(Ljava/util/concurrent/CountedCompleter;I)V", "constructed", "this")
                        .via(Boundaries.TASKS),
                beforeReturn("<init>", "(Ljava/util/concurrent/CountedCompleter;)V", "constructed", "this")
                        .via(Boundaries.TASKS),
                beforeReturn("<init>", "()V", "constructed", "this").via(Boundaries.TASKS));
    }
}
