package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench automotive/bitcount (bitcnts.c): several ways of counting the set bits of a word,
 * each applied to the same sequence of numbers ({@code seed, seed + 13, ...}). Unlike the
 * original, every method starts from the same seed and no timings are printed, so all totals
 * agree and the output is deterministic.
 */
public final class BitCountSample implements Sample {

    private static final long SEED = 0xB17C0DE5L;

    /** Bits set in each value 0..255; the nibble methods use the first 16 entries. */
    private static final byte[] BITS_IN_BYTE = new byte[256];

    static {
        for (int i = 1; i < 256; i++) {
            BITS_IN_BYTE[i] = (byte) ((i & 1) + BITS_IN_BYTE[i >>> 1]);
        }
    }

    /** A named counting method. */
    record Method(String title, IntUnaryOperator count) {
    }

    static final Method[] METHODS = {
        new Method("Iterated test of each bit", BitCountSample::iterated),
        new Method("Optimized 1 bit/loop counter", BitCountSample::sparseOnes),
        new Method("Dense ones counter", BitCountSample::denseOnes),
        new Method("Ratko's mystery algorithm", BitCountSample::ratko),
        new Method("Recursive bit count by nybbles", BitCountSample::recursiveNybbles),
        new Method("Non-recursive bit count by nybbles", BitCountSample::nybbleTable),
        new Method("Non-recursive bit count by bytes", BitCountSample::byteTable),
        new Method("Shift and count bits", BitCountSample::shiftAndCount),
    };

    @Override
    public String name() {
        return "bitcount";
    }

    @Override
    public Category category() {
        return Category.AUTOMOTIVE;
    }

    @Override
    public String description() {
        return "bit counting by eight methods over a number sequence (MiBench bitcnts)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int iterations = size.pick(75_000, 20_000_000);
        int start = new XorShift64(SEED).nextInt();
        out.println("Bit counter algorithm benchmark");
        out.println();
        long first = -1;
        boolean agree = true;
        for (Method method : METHODS) {
            long total = 0;
            int value = start;
            for (int j = 0; j < iterations; j++, value += 13) {
                total += method.count().applyAsInt(value);
            }
            out.println(String.format(Locale.ROOT, "%-38s> Bits: %d", method.title(), total));
            if (first < 0) {
                first = total;
            }
            agree &= total == first;
        }
        out.println();
        out.println("Iterations: " + iterations + ", methods agree: " + agree);
    }

    static int iterated(int x) {
        int n = 0;
        for (int i = 0; i < 32; i++) {
            if ((x & (1 << i)) != 0) {
                n++;
            }
        }
        return n;
    }

    /** Clears the lowest set bit per step: fast when few bits are set. */
    static int sparseOnes(int x) {
        int n = 0;
        while (x != 0) {
            n++;
            x &= x - 1;
        }
        return n;
    }

    /** Sets the lowest clear bit per step: fast when most bits are set. */
    static int denseOnes(int x) {
        int n = 32;
        while (x != -1) {
            n--;
            x |= x + 1;
        }
        return n;
    }

    /** Adds neighbouring bit fields in parallel. */
    static int ratko(int i) {
        i = ((i & 0xAAAAAAAA) >>> 1) + (i & 0x55555555);
        i = ((i & 0xCCCCCCCC) >>> 2) + (i & 0x33333333);
        i = ((i & 0xF0F0F0F0) >>> 4) + (i & 0x0F0F0F0F);
        i = ((i & 0xFF00FF00) >>> 8) + (i & 0x00FF00FF);
        i = ((i & 0xFFFF0000) >>> 16) + (i & 0x0000FFFF);
        return i;
    }

    static int recursiveNybbles(int x) {
        int count = BITS_IN_BYTE[x & 0x0F];
        x >>>= 4;
        return x != 0 ? count + recursiveNybbles(x) : count;
    }

    static int nybbleTable(int x) {
        return BITS_IN_BYTE[x & 0x0F]
                + BITS_IN_BYTE[(x >>> 4) & 0x0F]
                + BITS_IN_BYTE[(x >>> 8) & 0x0F]
                + BITS_IN_BYTE[(x >>> 12) & 0x0F]
                + BITS_IN_BYTE[(x >>> 16) & 0x0F]
                + BITS_IN_BYTE[(x >>> 20) & 0x0F]
                + BITS_IN_BYTE[(x >>> 24) & 0x0F]
                + BITS_IN_BYTE[x >>> 28];
    }

    static int byteTable(int x) {
        return BITS_IN_BYTE[x & 0xFF]
                + BITS_IN_BYTE[(x >>> 8) & 0xFF]
                + BITS_IN_BYTE[(x >>> 16) & 0xFF]
                + BITS_IN_BYTE[x >>> 24];
    }

    static int shiftAndCount(int x) {
        int n = 0;
        for (int i = 0; x != 0 && i < 32; i++, x >>>= 1) {
            n += x & 1;
        }
        return n;
    }
}
