package io.jplr.bootstrap;

import java.util.Set;

/** Whether the thread being constructed is a pool's worker, from who constructs it. */
final class PoolWorkers {
    /**
     * The JDK pools' methods that create a worker thread (the same in JDK 17 and 25), and the thread a
     * {@code CompletableFuture} starts per async stage when the common pool has one thread or none (two processors
     * or fewer), at a moment that depends on timing; the stage's action has a stream of its own.
     */
    private static final Set<String> CREATORS = Set.of(
            "java.util.concurrent.ThreadPoolExecutor.addWorker",
            "java.util.concurrent.ForkJoinPool.createWorker",
            "java.util.concurrent.CompletableFuture$ThreadPerTaskExecutor.execute");
    /** Deep enough for the thread's constructors, a thread factory of the program's and the worker's. */
    private static final int MAX_FRAMES = 32;
    private static final StackWalker WALKER = StackWalker.getInstance();

    private PoolWorkers() {
    }

    /** Called while a thread is constructed: whether a pool is creating it as a worker. */
    static boolean beingCreated() {
        return WALKER.walk(frames -> frames.limit(MAX_FRAMES)
                .anyMatch(frame -> CREATORS.contains(frame.getClassName() + "." + frame.getMethodName())));
    }
}
