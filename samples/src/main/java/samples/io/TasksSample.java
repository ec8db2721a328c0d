package samples.io;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.stream.LongStream;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * A task-heavy probe: many small fork-join tasks (a recursive sum forking down to leaves of 64 terms), a
 * parallel stream over the same terms, and chains of CompletableFuture stages on a pool. Only computation, no
 * output until the end: what it measures is what running the tasks costs. The output is deterministic.
 */
public final class TasksSample implements Sample {
    private static final int LEAF = 64;

    @Override
    public String name() {
        return "tasks";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "many small fork-join tasks, a parallel stream and CompletableFuture chains (a task-heavy probe)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int leaves = size.pick(1 << 12, 1 << 18);
        int chains = size.pick(200, 20_000);
        long terms = (long) leaves * LEAF;
        ForkJoinPool pool = new ForkJoinPool(4);
        try {
            out.println("fork-join sum of " + terms + " terms in " + leaves + " leaves: "
                    + pool.invoke(new Sum(0, terms)));
            out.println("parallel stream sum: " + LongStream.range(0, terms).parallel().map(TasksSample::mix).sum());
            List<CompletableFuture<Long>> futures = new ArrayList<>(chains);
            for (int k = 0; k < chains; k++) {
                long seed = k;
                futures.add(CompletableFuture.supplyAsync(() -> mix(seed), pool)
                        .thenApply(TasksSample::mix)
                        .thenCombine(CompletableFuture.supplyAsync(() -> mix(seed + chains), pool), Long::sum));
            }
            long total = 0;
            for (CompletableFuture<Long> future : futures) {
                total += future.join();
            }
            out.println("stage chains: " + chains + ", sum " + total);
        } finally {
            pool.shutdown();
        }
    }

    /** MurmurHash3's 64-bit finalizer: cheap, and no two terms alike. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    private static final class Sum extends RecursiveTask<Long> {
        private final long from;
        private final long to;

        Sum(long from, long to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= LEAF) {
                long sum = 0;
                for (long i = from; i < to; i++) {
                    sum += mix(i);
                }
                return sum;
            }
            long middle = (from + to) >>> 1;
            Sum left = new Sum(from, middle);
            left.fork();
            return new Sum(middle, to).compute() + left.join();
        }
    }
}
