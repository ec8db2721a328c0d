package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BasicMathSampleTest {

    @Test
    void usqrtIsFloorSqrtWithFraction() {
        XorShift64 random = new XorShift64(9);
        for (int i = 0; i < 100_000; i++) {
            long x = i < 1000 ? i : random.nextInt() & 0xFFFFFFFFL;
            long fixed = BasicMathSample.usqrt(x);
            assertEquals((long) Math.floor(Math.sqrt(x)), fixed >>> 16, "x=" + x);
            assertTrue(Math.abs(fixed / 65536.0 - Math.sqrt(x)) < 1.0 / 65536, "x=" + x);
        }
    }

    @Test
    void cubicRootsSolveTheEquation() {
        double[] x = new double[3];
        assertEquals(3, BasicMathSample.solveCubic(1, -10.5, 32, -30, x));
        for (double root : x) {
            assertEquals(0.0, ((root - 10.5) * root + 32) * root - 30, 1e-9);
        }
        assertEquals(1, BasicMathSample.solveCubic(1, -4.5, 17, -30, x));
        assertEquals(0.0, ((x[0] - 4.5) * x[0] + 17) * x[0] - 30, 1e-9);
    }

    @Test
    void angleConversionRoundTrips() {
        assertEquals(Math.PI, BasicMathSample.deg2rad(180), 1e-15);
        assertEquals(90.0, BasicMathSample.rad2deg(Math.PI / 2), 1e-12);
    }
}
