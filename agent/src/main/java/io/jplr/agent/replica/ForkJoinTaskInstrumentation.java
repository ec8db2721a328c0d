package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.before;

import java.util.List;

/**
 * {@code ForkJoinTask.fork()}: a forked task gets a call stream of its own, drawn from the forking task's
 * ({@code TaskStreams}); whichever thread runs it (a worker, a thief, a joining thread helping) takes that stream
 * on ({@link CallSiteRewriter} rewrites {@code doExec}'s {@code exec()}).
 */
final class ForkJoinTaskInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.util.concurrent.ForkJoinTask";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(before("fork", "()Ljava/util/concurrent/ForkJoinTask;", "forked", "this")
                .via(Boundaries.TASKS));
    }
}
