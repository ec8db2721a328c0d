package samples.io;

import java.io.PrintStream;
import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * A call-heavy probe: reads System.nanoTime() in a tight loop and reports the cost of one read, as the
 * median over rounds. Small: 20 rounds of 10,000 reads; large: 50 rounds of 100,000. The numbers are
 * timings, so the output differs from run to run.
 */
public final class ClockSample implements Sample {

    @Override
    public String name() {
        return "clock";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "median cost of one System.nanoTime() read over rounds of reads (a call-heavy probe)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int rounds = size == Size.SMALL ? 20 : 50;
        int reads = size == Size.SMALL ? 10_000 : 100_000;
        double[] perRead = new double[rounds];
        long sink = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long last = start;
            for (int i = 0; i < reads; i++) {
                last = System.nanoTime();
                sink += last & 1;
            }
            perRead[round] = (double) (last - start) / reads;
        }
        java.util.Arrays.sort(perRead);
        out.printf(java.util.Locale.ROOT, "reads: %d x %d%n", rounds, reads);
        out.printf(java.util.Locale.ROOT, "median ns per read: %.1f%n", perRead[rounds / 2]);
        out.printf(java.util.Locale.ROOT, "min ns per read: %.1f%n", perRead[0]);
        out.println("checksum parity: " + (sink & 1));
    }
}
