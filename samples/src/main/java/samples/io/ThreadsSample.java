package samples.io;

import java.io.PrintStream;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * Starts three worker threads one after another (start, then join), so the output order is
 * deterministic even though the work happens off the main thread.
 */
public final class ThreadsSample implements Sample {

    private static final int WORKERS = 3;

    @Override
    public String name() {
        return "threads";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "three worker threads run one after another, each printing a sum";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws InterruptedException {
        int terms = size.pick(100_000, 10_000_000);
        for (int k = 1; k <= WORKERS; k++) {
            int worker = k;
            Thread thread = new Thread(() -> out.println("worker " + worker + ": " + sum(worker, terms)),
                    "worker-" + worker);
            thread.start();
            thread.join();
        }
        out.println("done");
    }

    /** Sum of i*i*k over 1..terms, wrapping in 64 bits. */
    static long sum(int k, int terms) {
        long sum = 0;
        for (long i = 1; i <= terms; i++) {
            sum += i * i * k;
        }
        return sum;
    }
}
