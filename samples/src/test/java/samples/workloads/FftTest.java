package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FftTest {

    private static float[] randomSignal(int n, long seed) {
        XorShift64 random = new XorShift64(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(20001) / 10.0f - 1000;
        }
        return x;
    }

    /**
     * Don Cross's forward transform uses the kernel e^(+2 pi i t k / n) (its twiddle recurrence
     * starts from sin(-2d), sin(-d), i.e. the sequence sin(+kd)); the inverse uses e^(-...) and
     * divides by n. The naive DFT here follows the same convention.
     */
    @Test
    void matchesNaiveDft() {
        int n = 64;
        float[] re = randomSignal(n, 1);
        float[] im = randomSignal(n, 2);
        float[] outRe = new float[n];
        float[] outIm = new float[n];
        Fft.fftFloat(n, false, re, im, outRe, outIm);
        double[] refRe = new double[n];
        double[] refIm = new double[n];
        double scale = 0;
        for (int k = 0; k < n; k++) {
            for (int t = 0; t < n; t++) {
                double angle = 2 * Math.PI * t * k / n;
                refRe[k] += re[t] * Math.cos(angle) - im[t] * Math.sin(angle);
                refIm[k] += re[t] * Math.sin(angle) + im[t] * Math.cos(angle);
            }
            scale = Math.max(scale, Math.hypot(refRe[k], refIm[k]));
        }
        // float storage: agreement to about single precision relative to the largest bin
        for (int k = 0; k < n; k++) {
            assertEquals(refRe[k], outRe[k], 1e-6 * scale, "re " + k);
            assertEquals(refIm[k], outIm[k], 1e-6 * scale, "im " + k);
        }
        assertTrue(scale > 1000, "non-trivial test signal");
    }

    @Test
    void inverseOfForwardIsIdentityAndParsevalHolds() {
        for (int n : new int[] {2, 8, 1024, 4096}) {
            float[] x = randomSignal(n, n);
            float[] re = new float[n];
            float[] im = new float[n];
            Fft.fftFloat(n, false, x, null, re, im);
            float[] backRe = new float[n];
            float[] backIm = new float[n];
            Fft.fftFloat(n, true, re, im, backRe, backIm);
            double timeEnergy = 0;
            double freqEnergy = 0;
            for (int i = 0; i < n; i++) {
                assertEquals(x[i], backRe[i], 1e-3, "n " + n + " re " + i);
                assertEquals(0, backIm[i], 1e-3, "n " + n + " im " + i);
                timeEnergy += (double) x[i] * x[i];
                freqEnergy += (double) re[i] * re[i] + (double) im[i] * im[i];
            }
            assertEquals(1.0, freqEnergy / n / timeEnergy, 1e-5, "Parseval, n " + n);
        }
    }

    @Test
    void cosineLandsInItsTwoBins() {
        int n = 256;
        int bin = 19;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) StrictMath.cos(2 * StrictMath.PI * bin * i / n);
        }
        float[] re = new float[n];
        float[] im = new float[n];
        Fft.fftFloat(n, false, x, null, re, im);
        for (int k = 0; k < n; k++) {
            double expected = k == bin || k == n - bin ? n / 2.0 : 0;
            assertEquals(expected, Math.hypot(re[k], im[k]), 1e-3, "bin " + k);
        }
    }

    @Test
    void helpers() {
        assertEquals(0b0011, Fft.reverseBits(0b1100, 4));
        assertEquals(10, Fft.numberOfBitsNeeded(1024));
        assertThrows(IllegalArgumentException.class, () -> Fft.fftFloat(12, false, new float[12], null,
                new float[12], new float[12]));
    }
}
