package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.before;

import java.util.List;

/**
 * Tasks handed to a {@code ForkJoinPool} from outside a task's {@code fork()}: {@code execute}, {@code submit},
 * {@code invoke}, {@code invokeAll}, {@code invokeAny} (so {@code CompletableFuture}'s async stages on a pool)
 * get a call stream of their own, drawn from the submitting thread's. JDK 17 funnels them all through
 * {@code externalSubmit}; JDK 19+ through {@code poolSubmit}, and {@code externalSubmit} is public there and
 * queues the task itself.
 */
final class ForkJoinPoolInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.util.concurrent.ForkJoinPool";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                before("externalSubmit", "(Ljava/util/concurrent/ForkJoinTask;)Ljava/util/concurrent/ForkJoinTask;",
                        "submitted", "this").via(Boundaries.TASKS),
                before("poolSubmit", "(ZLjava/util/concurrent/ForkJoinTask;)Ljava/util/concurrent/ForkJoinTask;",
                        "poolSubmitted", "this").via(Boundaries.TASKS).optional());
    }
}
