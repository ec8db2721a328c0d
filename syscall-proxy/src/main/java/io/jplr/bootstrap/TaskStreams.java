package io.jplr.bootstrap;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RunnableScheduledFuture;

/**
 * Tasks handed to a {@code ThreadPoolExecutor} (and a {@code ScheduledThreadPoolExecutor}) make their calls in
 * a stream of their own, not in the stream of whichever worker runs them: which worker takes which task
 * depends on timing, and differs between replicas, while which task a thread submits k-th does not. The task's
 * stream is drawn from the submitting thread's when it is submitted, and the worker takes it on for the task's
 * {@code run}, then returns to its own.
 *
 * <p>What a task does in the pool's {@code beforeExecute} and {@code afterExecute} is in the worker's stream.
 * A periodic task keeps its stream from one run to the next (its runs never overlap). A task never run (cancelled
 * and removed, as a per-request timeout usually is, or rejected) is held weakly, so that it costs nothing once the
 * program lets go of it; a task the rejection policy runs in the submitting thread makes its calls in that
 * thread's stream.
 */
public final class TaskStreams {
    /**
     * Weakly and by identity (a task's own {@code equals} is the program's business). Concurrent: every worker of
     * every pool looks its task up here, and a lock would make them queue.
     */
    private static final Map<TaskKey, StreamState> SUBMITTED = new ConcurrentHashMap<>();
    private static final ReferenceQueue<Runnable> COLLECTED = new ReferenceQueue<>();

    private TaskStreams() {
    }

    /** {@code ThreadPoolExecutor.execute(task)}, before it queues the task or starts a worker with it. */
    public static void submitted(Runnable task) {
        if (task == null || !Remote.active()) {
            return;
        }
        StreamState stream = StreamState.current().newTask();
        for (Reference<? extends Runnable> gone; (gone = COLLECTED.poll()) != null;) {
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
        StreamState stream;
        boolean periodic = task instanceof RunnableScheduledFuture<?> && ((RunnableScheduledFuture<?>) task).isPeriodic();
        TaskKey key = new TaskKey(task, null);
        stream = periodic ? SUBMITTED.get(key) : SUBMITTED.remove(key);
        if (stream == null) {
            task.run();
            return;
        }
        StreamState worker = StreamState.swap(stream);
        try {
            task.run();
        } finally {
            // The task's batched writes into mapped files go now, as a thread's do when it ends.
            MappedWrites.threadEnds();
            StreamState.swap(worker);
            if (periodic && ((RunnableScheduledFuture<?>) task).isDone()) {
                SUBMITTED.remove(key);
            }
        }
    }

    /** A task, weakly, equal to another key of the same task (identity); a collected task's key equals only itself. */
    private static final class TaskKey extends WeakReference<Runnable> {
        private final int hash;

        TaskKey(Runnable task, ReferenceQueue<Runnable> queue) {
            super(task, queue);
            this.hash = System.identityHashCode(task);
        }

        @Override
        public boolean equals(Object other) {
            if (this == other) {
                return true;
            }
            Runnable task = get();
            return task != null && other instanceof TaskKey && ((TaskKey) other).get() == task;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
