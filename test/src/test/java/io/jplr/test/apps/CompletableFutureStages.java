package io.jplr.test.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * {@code CompletableFuture} stages whose actions print: a stage added to a future that may or may not be complete
 * yet (so its action runs in the adding thread or in the completing one, as timing says), async stages on the
 * default executor, a fork-join pool, a thread pool, a thread per task and virtual threads, tasks of the
 * program's own on virtual threads (started among the stages' at moments that vary), combinations, and failures handled (the handler prints
 * the top of the failure's stack trace). Then a thread of the program's own prints, and one more stage: their
 * numbering must not depend on which thread ran what before. The lines of different stages come in any order.
 */
public final class CompletableFutureStages {
    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(3);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        // A thread per task, started by whichever thread hands the executor a stage's task.
        Executor perTask = task -> new Thread(task).start();
        ExecutorService virtual = virtualThreads();
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int k = i;
            // Trivial suppliers: done before or after the next stage is added, as it happens.
            all.add(CompletableFuture.supplyAsync(() -> k)
                    .thenApply(v -> v * 10)
                    .thenAccept(v -> System.out.println("accept " + k + " " + v)));
            all.add(CompletableFuture.supplyAsync(() -> spin(k), pool)
                    .thenApplyAsync(v -> v + 1, threads)
                    .thenAcceptAsync(v -> System.out.println("async " + k + " " + v), pool));
            CompletableFuture<Long> left = CompletableFuture.supplyAsync(() -> spin(k + 1), threads);
            CompletableFuture<Long> right = CompletableFuture.supplyAsync(() -> spin(k + 2), pool);
            all.add(left.thenCombine(right, (a, b) -> {
                System.out.println("combine " + k + " " + (a + b));
                return a + b;
            }).whenComplete((v, e) -> System.out.println("complete " + k + " " + v + " " + e)));
            all.add(CompletableFuture.supplyAsync(() -> k, perTask)
                    .thenApplyAsync(v -> v + 100, perTask)
                    .thenAccept(v -> System.out.println("per task " + k + " " + v)));
            all.add(CompletableFuture.supplyAsync(() -> k, virtual)
                    .thenAcceptAsync(v -> System.out.println("virtual " + k + " " + v), virtual));
            virtual.execute(() -> System.out.println("executed " + k + " clock " + (System.currentTimeMillis() > 0)));
            all.add(CompletableFuture.<Long>supplyAsync(() -> {
                throw new IllegalStateException("failed " + k);
            }, pool).handle((v, e) -> {
                Throwable cause = e.getCause();
                StackTraceElement[] trace = cause.getStackTrace();
                System.out.println("handle " + k + " " + cause + " at " + trace[0].getMethodName() + " from "
                        + trace[1].getClassName() + "." + trace[1].getMethodName());
                return -1L;
            }));
        }
        CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).join();
        Thread own = new Thread(() -> System.out.println("own thread"));
        own.start();
        try {
            own.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        CompletableFuture.runAsync(() -> System.out.println("last stage")).join();
        pool.shutdown();
        threads.shutdown();
        virtual.shutdown();
        System.out.println("done");
    }

    /** Virtual threads, a thread per task, where the runtime has them (JDK 21+); a cached pool elsewhere. */
    private static ExecutorService virtualThreads() {
        try {
            return (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (ReflectiveOperationException olderJdk) {
            return Executors.newCachedThreadPool();
        }
    }

    /** Uneven work, so that which stage completes first differs from run to run. */
    static long spin(long k) {
        long x = k;
        for (int i = 0; i < 100_000 * (k % 4 + 1); i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x & 0xff;
    }
}
