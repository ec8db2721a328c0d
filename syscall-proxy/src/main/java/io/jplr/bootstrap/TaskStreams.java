package io.jplr.bootstrap;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.RunnableScheduledFuture;

/**
 * Tasks handed to a {@code ThreadPoolExecutor} (and a {@code ScheduledThreadPoolExecutor}) make their calls in
 * a stream of their own, not in the stream of whichever worker runs them: which worker takes which task
 * depends on timing, and differs between replicas, while which task a thread submits k-th does not. The task's
 * stream is drawn from the submitting thread's when it is submitted, and the worker takes it on for the task's
 * {@code run}, then returns to its own.
 *
 * <p>What a task does in the pool's {@code beforeExecute} and {@code afterExecute} is in the worker's stream.
 * A periodic task keeps its stream from one run to the next (its runs never overlap). A task never run (the pool
 * shut down first, or rejected it) leaves its entry behind; a task the rejection policy runs in the submitting
 * thread makes its calls in that thread's stream.
 */
public final class TaskStreams {
    /** By identity: a task's own {@code equals} is the program's business. Guarded by itself. */
    private static final Map<Runnable, StreamState> SUBMITTED = new IdentityHashMap<>();

    private TaskStreams() {
    }

    /** {@code ThreadPoolExecutor.execute(task)}, before it queues the task or starts a worker with it. */
    public static void submitted(Runnable task) {
        if (task == null || !Remote.active()) {
            return;
        }
        StreamState stream = StreamState.current().newTask();
        synchronized (SUBMITTED) {
            SUBMITTED.put(task, stream);
        }
    }

    /** {@code ScheduledThreadPoolExecutor.delayedExecute(task)}: a scheduled task, periodic or not. */
    public static void scheduled(RunnableScheduledFuture<?> task) {
        submitted(task);
    }

    /** The call {@code task.run()} in {@code ThreadPoolExecutor.runWorker}. */
    public static void run(Runnable task) {
        StreamState stream;
        boolean periodic = task instanceof RunnableScheduledFuture<?> && ((RunnableScheduledFuture<?>) task).isPeriodic();
        synchronized (SUBMITTED) {
            stream = periodic ? SUBMITTED.get(task) : SUBMITTED.remove(task);
        }
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
                synchronized (SUBMITTED) {
                    SUBMITTED.remove(task);
                }
            }
        }
    }
}
