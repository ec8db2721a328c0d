package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.before;

import java.util.List;

/**
 * {@code ThreadPoolExecutor.execute}: a submitted task gets a call stream of its own ({@code TaskStreams}); the
 * worker that runs it takes that stream on ({@link CallSiteRewriter} rewrites {@code runWorker}'s
 * {@code task.run()}).
 */
final class ThreadPoolExecutorInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.util.concurrent.ThreadPoolExecutor";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(before("execute", "(Ljava/lang/Runnable;)V", "submitted").via(Boundaries.TASKS));
    }
}
