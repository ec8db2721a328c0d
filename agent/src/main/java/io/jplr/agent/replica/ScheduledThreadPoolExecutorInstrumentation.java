package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.before;

import java.util.List;

/**
 * {@code ScheduledThreadPoolExecutor.delayedExecute}: every scheduled task (its {@code execute} and
 * {@code submit} come here too, not through {@code ThreadPoolExecutor.execute}) gets a call stream of its own.
 */
final class ScheduledThreadPoolExecutorInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.util.concurrent.ScheduledThreadPoolExecutor";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(before("delayedExecute", "(Ljava/util/concurrent/RunnableScheduledFuture;)V", "scheduled")
                .via(Boundaries.TASKS));
    }
}
