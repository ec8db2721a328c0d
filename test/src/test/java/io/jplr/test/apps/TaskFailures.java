package io.jplr.test.apps;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;

/**
 * Tasks that fail on a thread pool and on a fork-join pool, their exceptions' stack traces printed as a logger
 * would: natively each trace goes from the task's code straight into the pool's.
 */
public final class TaskFailures {
    public static void main(String[] args) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            threads.submit(() -> fail("on a thread pool")).get();
        } catch (ExecutionException e) {
            e.getCause().printStackTrace(System.out);
        }
        threads.shutdown();
        ForkJoinPool pool = new ForkJoinPool(2);
        try {
            pool.submit(() -> fail("on a fork-join pool")).get();
        } catch (ExecutionException e) {
            e.getCause().printStackTrace(System.out);
        }
        pool.shutdown();
    }

    static String fail(String where) {
        throw new IllegalStateException("failed " + where);
    }
}
