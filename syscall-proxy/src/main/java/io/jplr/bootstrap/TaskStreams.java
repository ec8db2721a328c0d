package io.jplr.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RunnableScheduledFuture;

/**
 * Tasks handed to a pool make their calls in a stream of their own, not in the stream of whichever thread runs
 * them: which worker takes which task depends on timing, and differs between replicas, while which task a thread
 * (or a task) submits k-th does not. The task's stream is drawn from the submitting one's when it is submitted,
 * and the thread that runs it takes that stream on for the run, then returns to its own.
 *
 * <p>{@code ThreadPoolExecutor} and {@code ScheduledThreadPoolExecutor}: what a task does in the pool's
 * {@code beforeExecute} and {@code afterExecute} is in the worker's stream. A periodic task keeps its stream from
 * one run to the next (its runs never overlap). A task the rejection policy runs in the submitting thread makes
 * its calls in that thread's stream.
 *
 * <p>{@code ForkJoinPool}: a task forked or submitted to a pool is numbered in the stream of the task (or thread)
 * forking it, and runs in its own stream wherever it runs: on a worker, stolen by another, or by a thread that
 * joins it and helps. A task invoked directly ({@code invoke()}, the first of {@code invokeAll}) is a plain call
 * and stays in its caller's stream. A {@code CountedCompleter} is numbered when it is created instead (its
 * parent's compute creates it, and may run it inline without forking it), and its {@code onCompletion}, which
 * runs in whichever thread completes its last pending child, runs in its stream too: a parallel stream's
 * {@code forEachOrdered} performs the program's action there.
 *
 * <p>{@code CompletableFuture}'s tasks are not numbered: the actions they run are ({@link StageActions}).
 *
 * <p>A task never run (cancelled and removed, as a per-request timeout usually is, or rejected) is held weakly,
 * so that it costs nothing once the program lets go of it.
 */
public final class TaskStreams {
    /**
     * Weakly and by identity (a task's own {@code equals} is the program's business). Concurrent: every worker of
     * every pool looks its task up here, and a lock would make them queue.
     */
    private static final Map<TaskKey, StreamState> SUBMITTED = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Object> COLLECTED = new ReferenceQueue<>();

    private TaskStreams() {
    }

    /** {@code ThreadPoolExecutor.execute(task)}, before it queues the task or starts a worker with it. */
    public static void submitted(Runnable task) {
        hold(task);
    }

    /** {@code ForkJoinTask.fork()}. */
    public static void forked(ForkJoinTask<?> task) {
        if (!(task instanceof CountedCompleter<?>)) {
            hold(task);
        }
    }

    /** A {@code CountedCompleter}'s constructor, as it returns: completers are numbered as they are created. */
    public static void constructed(CountedCompleter<?> task) {
        hold(task);
    }

    /**
     * {@code ForkJoinPool.externalSubmit(task)}: where every submission goes in JDK 17; in JDK 19+ the public
     * method that queues the task itself.
     */
    public static void submitted(ForkJoinPool pool, ForkJoinTask<?> task) {
        submittedTo(pool, task);
    }

    /** {@code ForkJoinPool.poolSubmit(signalIfEmpty, task)}, where JDK 19+ pools take their submissions. */
    public static void poolSubmitted(ForkJoinPool pool, boolean signalIfEmpty, ForkJoinTask<?> task) {
        submittedTo(pool, task);
    }

    /** A completer was numbered when it was created; the scheduler's tasks are not the program's. */
    private static void submittedTo(ForkJoinPool pool, ForkJoinTask<?> task) {
        if (!(task instanceof CountedCompleter<?>) && !schedulesVirtualThreads(pool)) {
            hold(task);
        }
    }

    /**
     * Whether the pool is the JDK's scheduler of virtual threads (JDK 21+), whose carriers it creates. Its tasks
     * mount virtual threads, each a stream of its own already, and are submitted whenever one is started or
     * unparked: by whichever thread does so, at a moment that depends on timing.
     */
    private static boolean schedulesVirtualThreads(ForkJoinPool pool) {
        return pool.getFactory().getClass().getName().startsWith("java.lang.VirtualThread");
    }

    private static void hold(Object task) {
        // A CompletableFuture's task runs a stage action, which has a stream of its own (StageActions); the task
        // is submitted by whichever thread completes the stage before it, at a moment that depends on timing.
        if (task == null || task instanceof CompletableFuture.AsynchronousCompletionTask
                || Boundary.handler() == null) {
            return;
        }
        StreamState submitter = StreamState.current();
        if (submitter.depth > 0) {
            return; // submitted from inside the boundary (jPLR's own), not by the program
        }
        StreamState stream = submitter.newTask();
        for (Reference<?> gone; (gone = COLLECTED.poll()) != null;) {
            SUBMITTED.remove(gone);
        }
        SUBMITTED.put(new TaskKey(task, COLLECTED), stream);
    }

    /** How many submitted tasks are held (for tests). */
    static int held() {
        return SUBMITTED.size();
    }

    /** {@code ScheduledThreadPoolExecutor.delayedExecute(task)}: a scheduled task, periodic or not. */
    public static void scheduled(RunnableScheduledFuture<?> task) {
        submitted(task);
    }

    /** The call {@code task.run()} in {@code ThreadPoolExecutor.runWorker}. */
    public static void run(Runnable task) {
        boolean periodic = task instanceof RunnableScheduledFuture<?> && ((RunnableScheduledFuture<?>) task).isPeriodic();
        TaskKey key = new TaskKey(task, null);
        StreamState stream = periodic ? SUBMITTED.get(key) : SUBMITTED.remove(key);
        if (stream == null) {
            task.run();
            return;
        }
        StreamState worker = StreamState.swap(stream);
        try {
            task.run();
        } finally {
            leave(worker);
            if (periodic && ((RunnableScheduledFuture<?>) task).isDone()) {
                SUBMITTED.remove(key);
            }
        }
    }

    /**
     * The call {@code exec()} in {@code ForkJoinTask.doExec}, which runs a task once, wherever it runs. (JDK 25's
     * scheduled fork-join tasks, run again by the pool's scheduler, are not numbered: they run in the stream of
     * whichever thread runs them.)
     */
    public static boolean exec(ForkJoinTask<?> task) throws Throwable {
        // A completer's stream serves its onCompletion too, later.
        TaskKey key = new TaskKey(task, null);
        StreamState stream = task instanceof CountedCompleter<?> ? SUBMITTED.get(key) : SUBMITTED.remove(key);
        if (stream == null) {
            return (boolean) Exec.EXEC.invokeExact(task);
        }
        StreamState runner = StreamState.swap(stream);
        try {
            return (boolean) Exec.EXEC.invokeExact(task);
        } finally {
            leave(runner);
        }
    }

    /**
     * The call {@code a.onCompletion(caller)} in {@code CountedCompleter}: it runs in the thread that completed the
     * completer's last pending child, and in the completer's own stream. It comes once a completer is complete, so
     * the completer is let go of then.
     */
    public static void onCompletion(CountedCompleter<?> completer, CountedCompleter<?> caller) {
        TaskKey key = new TaskKey(completer, null);
        StreamState stream = SUBMITTED.get(key);
        if (stream == null) {
            completer.onCompletion(caller);
            return;
        }
        StreamState runner = StreamState.swap(stream);
        try {
            completer.onCompletion(caller);
        } finally {
            leave(runner);
            SUBMITTED.remove(key);
        }
    }

    /**
     * A task's (or a stage action's) run is over: its batched writes into mapped files go now, as a thread's do
     * when it ends, and the running thread takes its own stream back.
     */
    static void leave(StreamState runner) {
        try {
            MappedWrites.threadEnds();
        } finally {
            StreamState.swap(runner);
        }
    }

    /**
     * {@code ForkJoinTask.exec()}, protected: reached through java.util.concurrent, which a replica's setup opens
     * to the bootstrap classes. Apart, so that a JVM that never runs a fork-join task in a replica never looks.
     */
    private static final class Exec {
        static final MethodHandle EXEC = exec();

        private static MethodHandle exec() {
            try {
                return MethodHandles.privateLookupIn(ForkJoinTask.class, MethodHandles.lookup())
                        .findVirtual(ForkJoinTask.class, "exec", MethodType.methodType(boolean.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("jPLR: java.util.concurrent is not open to the boundary", e);
            }
        }
    }

    /** A task, weakly, equal to another key of the same task (identity); a collected task's key equals only itself. */
    private static final class TaskKey extends WeakReference<Object> {
        private final int hash;

        TaskKey(Object task, ReferenceQueue<Object> queue) {
            super(task, queue);
            this.hash = System.identityHashCode(task);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Object task = get();
            return task != null && other instanceof TaskKey && ((TaskKey) other).get() == task;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
