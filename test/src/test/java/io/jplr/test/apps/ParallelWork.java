package io.jplr.test.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

/**
 * Computes on the JDK's pools, printing only from the main thread: parallel streams and CompletableFuture on the
 * common pool, pauses between rounds so its workers idle, and, where the JDK has them, virtual threads that sleep.
 */
public final class ParallelWork {
    public static void main(String[] args) throws Exception {
        for (int round = 0; round < 4; round++) {
            System.out.println("parallel sum " + LongStream.range(0, 2_000_000).parallel().map(x -> x * x % 7).sum());
            Thread.sleep(100);
        }
        System.out.println("async " + CompletableFuture.supplyAsync(() -> 6 * 7).get());
        ExecutorService virtual;
        try {
            virtual = (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
        } catch (NoSuchMethodException beforeJdk21) {
            return;
        }
        List<Future<Long>> results = new ArrayList<>();
        for (int task = 0; task < 16; task++) {
            int k = task;
            results.add(virtual.submit(() -> {
                long sum = 0;
                for (int i = 0; i < 500_000 * (k % 3 + 1); i++) {
                    sum += i ^ k;
                }
                Thread.sleep(10);
                return sum;
            }));
        }
        long total = 0;
        for (Future<Long> result : results) {
            total += result.get();
        }
        virtual.shutdown();
        System.out.println("virtual threads " + total);
    }
}
