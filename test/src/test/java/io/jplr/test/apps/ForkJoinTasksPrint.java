package io.jplr.test.apps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.RecursiveTask;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Fork-join tasks that cross the boundary themselves: a recursive sum whose leaves print, read the clock and a
 * file (forked, joined, stolen by whichever worker is idle); a recursive action split with {@code invokeAll}; a
 * parallel stream on the common pool whose elements read the file and print, one that prints in order
 * ({@code forEachOrdered}); tasks submitted to a pool and
 * {@code CompletableFuture}s run on it; then a thread of the program's own prints. Which thread runs which task
 * differs from run to run; the lines of different tasks come in any order.
 */
public final class ForkJoinTasksPrint {
    private static Path file;

    public static void main(String[] args) throws Exception {
        file = Files.createTempFile("forkjoin", ".txt");
        Files.writeString(file, "shared");
        ForkJoinPool pool = new ForkJoinPool(4);
        long sum = pool.invoke(new Sum(0, 4_000_000));
        System.out.println("sum " + sum);
        pool.invoke(new Visit(0, 16));
        String joined = IntStream.range(0, 24).parallel()
                .mapToObj(i -> {
                    String line = "element " + i + " " + read() + " " + spin(i);
                    System.out.println(line);
                    return line;
                })
                .collect(Collectors.joining(","));
        System.out.println("joined " + joined.length());
        // In order: each leaf's elements are printed as the leaf before it completes, by whichever thread that is.
        for (int round = 0; round < 6; round++) {
            int first = round * 16;
            IntStream.range(first, first + 16).parallel().forEachOrdered(i -> System.out.println("ordered " + i));
        }
        // On the four workers of the program's pool, where the stream's tasks run when started from one of them.
        pool.submit(() -> IntStream.range(96, 144).parallel()
                .forEachOrdered(i -> System.out.println("ordered " + i + " " + spin(i) + " " + read()))).get();
        List<Future<String>> submitted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int k = i;
            submitted.add(pool.submit(() -> {
                String line = "submitted " + k + " " + spin(k) + " " + read();
                System.out.println(line);
                return line;
            }));
        }
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int k = i;
            futures.add(CompletableFuture.supplyAsync(() -> {
                System.out.println("future " + k + " clock " + (System.currentTimeMillis() > 0) + " " + spin(k));
                return k;
            }, pool));
        }
        int total = 0;
        for (Future<String> line : submitted) {
            total += line.get().length();
        }
        for (CompletableFuture<Integer> future : futures) {
            total += future.join();
        }
        pool.shutdown();
        Files.delete(file);
        Thread own = new Thread(() -> System.out.println("own thread"));
        own.start();
        own.join();
        System.out.println("total " + total);
    }

    /** Uneven work, so that which worker finishes first differs from run to run. */
    static long spin(long k) {
        long x = k;
        for (int i = 0; i < 200_000 * (k % 5 + 1); i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
        }
        return x & 0xff;
    }

    static String read() {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Sum extends RecursiveTask<Long> {
        private final int from;
        private final int to;

        Sum(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 250_000) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += i ^ (i >>> 3);
                }
                System.out.println("leaf " + from + " " + sum + " clock " + (System.nanoTime() != 0) + " " + read());
                return sum;
            }
            int middle = (from + to) >>> 1;
            Sum left = new Sum(from, middle);
            left.fork();
            long right = new Sum(middle, to).compute();
            return left.join() + right;
        }
    }

    static final class Visit extends RecursiveAction {
        private final int from;
        private final int to;

        Visit(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from == 1) {
                System.out.println("visit " + from + " " + spin(from));
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(new Visit(from, middle), new Visit(middle, to));
        }
    }
}
