package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench telecomm/FFT: {@code fft WAVES LENGTH} sums WAVES sinusoids of random amplitude and
 * frequency (each term randomly a sine or a cosine, as in the original's main.c) and transforms
 * them with {@link Fft#fftFloat}. Where the original prints all outputs, this prints for each
 * generated signal a checksum of all outputs rounded to six decimals, the strongest bins, the
 * energy on both sides of Parseval's theorem and the error of the inverse transform.
 */
public final class FftSample implements Sample {

    private static final long SEED = 0x0FF7_0001L;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final int PEAKS = 4;

    @Override
    public String name() {
        return "fft";
    }

    @Override
    public Category category() {
        return Category.TELECOMM;
    }

    @Override
    public String description() {
        return "radix-2 float FFT and inverse of generated sums of sinusoids (MiBench FFT)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int signals = size.pick(3, 40);
        int points = size.pick(4096, 32768);
        int waves = size.pick(4, 8);
        XorShift64 random = new XorShift64(SEED);
        float[] realIn = new float[points];
        float[] realOut = new float[points];
        float[] imagOut = new float[points];
        float[] realBack = new float[points];
        float[] imagBack = new float[points];
        long all = FNV_OFFSET;
        out.println(String.format(Locale.ROOT, "%d signals of %d waves, %d points", signals, waves, points));
        for (int s = 0; s < signals; s++) {
            generate(random, waves, realIn);
            Fft.fftFloat(points, false, realIn, null, realOut, imagOut);
            Fft.fftFloat(points, true, realOut, imagOut, realBack, imagBack);

            long hash = FNV_OFFSET;
            double timeEnergy = 0;
            double freqEnergy = 0;
            double maxError = 0;
            for (int i = 0; i < points; i++) {
                hash = mix(hash, rounded(realOut[i]));
                hash = mix(hash, rounded(imagOut[i]));
                timeEnergy += (double) realIn[i] * realIn[i];
                freqEnergy += (double) realOut[i] * realOut[i] + (double) imagOut[i] * imagOut[i];
                maxError = Math.max(maxError, Math.abs(realBack[i] - realIn[i]));
                maxError = Math.max(maxError, Math.abs(imagBack[i]));
            }
            freqEnergy /= points;
            all = mix(all, hash);

            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "signal %2d: checksum %016x energy %.6e / %.6e inverse error %.6f peaks",
                    s, hash, timeEnergy, freqEnergy, maxError));
            for (int bin : peaks(realOut, imagOut, points / 2 + 1)) {
                line.append(String.format(Locale.ROOT, " %d:%.6f", bin, magnitude(realOut[bin], imagOut[bin])));
            }
            out.println(line);
            if (s == 0) {
                for (int i = 0; i < 4; i++) {
                    out.println(String.format(Locale.ROOT, "  in[%d]=%.6f out[%d]=%.6f%+.6fi",
                            i, realIn[i], i, realOut[i], imagOut[i]));
                }
            }
        }
        out.println(String.format(Locale.ROOT, "all signals checksum %016x", all));
    }

    /** MiBench's input: coefficients and "amplitudes" (really frequencies) below 1000. */
    static void generate(XorShift64 random, int waves, float[] realIn) {
        float[] coeff = new float[waves];
        float[] amp = new float[waves];
        for (int j = 0; j < waves; j++) {
            coeff[j] = random.nextInt(1000);
            amp[j] = random.nextInt(1000);
        }
        for (int i = 0; i < realIn.length; i++) {
            float sum = 0;
            for (int j = 0; j < waves; j++) {
                // amp[j]*i is a float product in C; the sum is widened to double and stored back.
                double angle = amp[j] * (float) i;
                if (random.nextInt(2) != 0) {
                    sum = (float) (sum + coeff[j] * StrictMath.cos(angle));
                } else {
                    sum = (float) (sum + coeff[j] * StrictMath.sin(angle));
                }
            }
            realIn[i] = sum;
        }
    }

    /** The value as printed with six decimals, as an integer (half away from zero). */
    private static long rounded(float value) {
        double scaled = value * 1e6;
        return (long) (scaled < 0 ? scaled - 0.5 : scaled + 0.5);
    }

    private static double magnitude(float re, float im) {
        return Math.sqrt((double) re * re + (double) im * im);
    }

    /** Indices of the largest magnitudes among the first {@code bins}, strongest first. */
    private static int[] peaks(float[] re, float[] im, int bins) {
        int[] best = new int[PEAKS];
        double[] value = new double[PEAKS];
        java.util.Arrays.fill(value, -1);
        for (int i = 0; i < bins; i++) {
            double m = magnitude(re[i], im[i]);
            for (int k = 0; k < PEAKS; k++) {
                if (m > value[k]) {
                    System.arraycopy(value, k, value, k + 1, PEAKS - 1 - k);
                    System.arraycopy(best, k, best, k + 1, PEAKS - 1 - k);
                    value[k] = m;
                    best[k] = i;
                    break;
                }
            }
        }
        return best;
    }

    private static long mix(long hash, long value) {
        for (int i = 0; i < 8; i++) {
            hash = (hash ^ (value & 0xFF)) * 0x100000001b3L;
            value >>>= 8;
        }
        return hash;
    }
}
