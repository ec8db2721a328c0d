package io.jplr.bootstrap;

import java.util.Set;

/**
 * Whether the thread being constructed is a pool's worker, or a thread started to run a {@code CompletableFuture}'s
 * task, from who constructs it. Such a thread is created when timing says so: numbered among its creator's
 * children, it would renumber the threads the creator starts itself afterwards. The tasks it runs have streams of
 * their own ({@link TaskStreams}, {@link StageActions}).
 */
final class PoolWorkers {
    /** The JDK pools' methods that create a worker thread (the same in JDK 17 and 25). */
    private static final Set<String> CREATORS = Set.of(
            "java.util.concurrent.ThreadPoolExecutor.addWorker",
            "java.util.concurrent.ForkJoinPool.createWorker");
    /**
     * {@code CompletableFuture} and its nested classes: an executor that starts a thread per task (its own when the
     * common pool has one thread or none, {@code Executors.newVirtualThreadPerTaskExecutor()}, the program's) is
     * handed a dependent stage's task by whichever thread completes the stage before it.
     */
    private static final String COMPLETABLE_FUTURE = "java.util.concurrent.CompletableFuture";
    /** Deep enough for the thread's constructors, a thread factory of the program's and the worker's. */
    private static final int MAX_FRAMES = 32;
    private static final StackWalker WALKER = StackWalker.getInstance();

    private PoolWorkers() {
    }

    /** Called while a thread is constructed: whether a pool or a {@code CompletableFuture} is creating it. */
    static boolean beingCreated() {
        return WALKER.walk(frames -> frames.limit(MAX_FRAMES).anyMatch(frame -> {
            String type = frame.getClassName();
            return CREATORS.contains(type + "." + frame.getMethodName()) || type.startsWith(COMPLETABLE_FUTURE);
        }));
    }
}
