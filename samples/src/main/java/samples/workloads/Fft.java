package samples.workloads;

/**
 * Don Cross's radix-2 FFT on arrays of {@code float} ({@code fft_float} in MiBench's
 * telecomm/FFT fourierf.c, with fftmisc.c's helpers): bit-reversed copy, then in-place
 * butterflies whose twiddle factors come from a trigonometric recurrence seeded with one
 * sin/cos pair per stage. Sums are formed in {@code double} and stored back as {@code float},
 * as in C. {@link StrictMath} keeps the results identical on every JVM.
 */
public final class Fft {

    private static final double DDC_PI = 3.14159265358979323846;

    private Fft() {
    }

    static boolean isPowerOfTwo(int x) {
        return x >= 2 && (x & (x - 1)) == 0;
    }

    static int numberOfBitsNeeded(int powerOfTwo) {
        for (int i = 0;; i++) {
            if ((powerOfTwo & (1 << i)) != 0) {
                return i;
            }
        }
    }

    static int reverseBits(int index, int numBits) {
        int rev = 0;
        for (int i = 0; i < numBits; i++) {
            rev = (rev << 1) | (index & 1);
            index >>>= 1;
        }
        return rev;
    }

    /**
     * Transforms {@code numSamples} points; {@code imagIn} may be null (all zero). As in the
     * original, the forward kernel is e^(+2 pi i t k / n) and the inverse e^(-2 pi i t k / n)
     * divided by {@code numSamples}, so inverse(forward(x)) is x again.
     */
    public static void fftFloat(int numSamples, boolean inverse, float[] realIn, float[] imagIn,
            float[] realOut, float[] imagOut) {
        if (!isPowerOfTwo(numSamples)) {
            throw new IllegalArgumentException("NumSamples=" + numSamples + " is not power of two");
        }
        double angleNumerator = inverse ? -2.0 * DDC_PI : 2.0 * DDC_PI;
        int numBits = numberOfBitsNeeded(numSamples);

        for (int i = 0; i < numSamples; i++) {
            int j = reverseBits(i, numBits);
            realOut[j] = realIn[i];
            imagOut[j] = imagIn == null ? 0.0f : imagIn[i];
        }

        int blockEnd = 1;
        for (int blockSize = 2; blockSize <= numSamples; blockSize <<= 1) {
            double deltaAngle = angleNumerator / blockSize;
            double sm2 = StrictMath.sin(-2 * deltaAngle);
            double sm1 = StrictMath.sin(-deltaAngle);
            double cm2 = StrictMath.cos(-2 * deltaAngle);
            double cm1 = StrictMath.cos(-deltaAngle);
            double w = 2 * cm1;
            for (int i = 0; i < numSamples; i += blockSize) {
                double ar2 = cm2;
                double ar1 = cm1;
                double ai2 = sm2;
                double ai1 = sm1;
                for (int j = i, n = 0; n < blockEnd; j++, n++) {
                    double ar0 = w * ar1 - ar2;
                    ar2 = ar1;
                    ar1 = ar0;
                    double ai0 = w * ai1 - ai2;
                    ai2 = ai1;
                    ai1 = ai0;

                    int k = j + blockEnd;
                    double tr = ar0 * realOut[k] - ai0 * imagOut[k];
                    double ti = ar0 * imagOut[k] + ai0 * realOut[k];
                    realOut[k] = (float) (realOut[j] - tr);
                    imagOut[k] = (float) (imagOut[j] - ti);
                    realOut[j] = (float) (realOut[j] + tr);
                    imagOut[j] = (float) (imagOut[j] + ti);
                }
            }
            blockEnd = blockSize;
        }

        if (inverse) {
            double denom = numSamples;
            for (int i = 0; i < numSamples; i++) {
                realOut[i] = (float) (realOut[i] / denom);
                imagOut[i] = (float) (imagOut[i] / denom);
            }
        }
    }
}
