package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench automotive/basicmath: solves cubic equations, takes integer square roots and converts
 * angles. The original prints every result; here each section prints a sample of its results
 * plus a checksum over the bits of all of them, keeping the output short.
 *
 * <p>Transcendental functions come from {@link StrictMath} so that the results, and therefore
 * the committed checksums, are the same on every JVM and CPU.
 */
public final class BasicMathSample implements Sample {

    private static final double PI = StrictMath.PI;

    @Override
    public String name() {
        return "basicmath";
    }

    @Override
    public Category category() {
        return Category.AUTOMOTIVE;
    }

    @Override
    public String description() {
        return "cubic equations, integer square roots, angle conversions (MiBench basicmath)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        boolean large = size == Size.LARGE;
        cubics(out, large);
        squareRoots(out, large);
        angles(out, large);
    }

    // ---------------------------------------------------------------- cubic equations

    private static void cubics(PrintStream out, boolean large) {
        out.println("********* CUBIC FUNCTIONS ***********");
        double[] x = new double[3];
        double[][] fixed = {
            {1.0, -10.5, 32.0, -30.0}, // roots 2, 2.5 and 6
            {1.0, -4.5, 17.0, -30.0},
            {1.0, -3.5, 22.0, -31.0},
            {1.0, -13.7, 1.0, -35.0},
        };
        for (double[] e : fixed) {
            out.println(solutions(x, solveCubic(e[0], e[1], e[2], e[3], x)));
        }

        // Sweep a grid of coefficients, like the original's nested loops; `steps` refines it.
        int steps = large ? 5 : 1;
        int bSteps = 10 * steps;
        int cSteps = 20 * steps;
        int dSteps = 10 * steps;
        int printEvery = large ? 100_003 : 211;
        long hash = FNV_OFFSET;
        int equations = 0;
        int threeRoots = 0;
        for (int a = 1; a < 10; a++) {
            for (int bi = 0; bi < bSteps; bi++) {
                double b = 10.0 - (double) bi / steps;
                for (int ci = 0; ci < cSteps; ci++) {
                    double c = 5.0 + 0.5 * ci / steps;
                    for (int di = 0; di < dSteps; di++) {
                        double d = -1.0 - (double) di / steps;
                        int n = solveCubic(a, b, c, d, x);
                        for (int i = 0; i < n; i++) {
                            hash = mix(hash, Double.doubleToLongBits(x[i]));
                        }
                        if (n == 3) {
                            threeRoots++;
                        }
                        if (equations % printEvery == 0) {
                            out.println(String.format(Locale.ROOT, "%d %.2f %.2f %.2f -> ", a, b, c, d)
                                    + solutions(x, n));
                        }
                        equations++;
                    }
                }
            }
        }
        out.println(String.format(Locale.ROOT,
                "cubic sweep: %d equations, %d with three real roots, checksum %016x",
                equations, threeRoots, hash));
    }

    private static String solutions(double[] x, int n) {
        StringBuilder line = new StringBuilder("Solutions:");
        for (int i = 0; i < n; i++) {
            line.append(String.format(Locale.ROOT, " %f", x[i]));
        }
        return line.toString();
    }

    /** Roots of a*x^3 + b*x^2 + c*x + d, into {@code x}; returns how many are real. */
    static int solveCubic(double a, double b, double c, double d, double[] x) {
        double a1 = b / a;
        double a2 = c / a;
        double a3 = d / a;
        double q = (a1 * a1 - 3.0 * a2) / 9.0;
        double r = (2.0 * a1 * a1 * a1 - 9.0 * a1 * a2 + 27.0 * a3) / 54.0;
        double r2q3 = r * r - q * q * q;
        if (r2q3 <= 0) {
            double theta = StrictMath.acos(r / StrictMath.sqrt(q * q * q));
            double scale = -2.0 * StrictMath.sqrt(q);
            x[0] = scale * StrictMath.cos(theta / 3.0) - a1 / 3.0;
            x[1] = scale * StrictMath.cos((theta + 2.0 * PI) / 3.0) - a1 / 3.0;
            x[2] = scale * StrictMath.cos((theta + 4.0 * PI) / 3.0) - a1 / 3.0;
            return 3;
        }
        double root = StrictMath.pow(StrictMath.sqrt(r2q3) + Math.abs(r), 1 / 3.0);
        root += q / root;
        root *= r < 0.0 ? 1 : -1;
        x[0] = root - a1 / 3.0;
        return 1;
    }

    // ---------------------------------------------------------------- integer square roots

    private static void squareRoots(PrintStream out, boolean large) {
        out.println("********* INTEGER SQR ROOTS ***********");
        int count = large ? 6_000_000 : 1001;
        // Small takes 0..1000 as the original does; large scatters over the whole 32-bit range
        // with Knuth's multiplicative step (2^32 divided by the golden ratio).
        long stride = large ? 2_654_435_761L : 1L;
        int printEvery = large ? 600_000 : 10;
        long hash = FNV_OFFSET;
        int wrong = 0;
        for (int i = 0; i < count; i++) {
            long value = (i * stride) & 0xFFFFFFFFL;
            long fixedPoint = usqrt(value);
            long root = fixedPoint >>> 16;
            hash = mix(hash, fixedPoint);
            if (root * root > value || (root + 1) * (root + 1) <= value) {
                wrong++;
            }
            if (i % printEvery == 0) {
                out.println(String.format(Locale.ROOT, "sqrt(%3d) = %2d, fraction %5d/65536",
                        value, root, fixedPoint & 0xFFFF));
            }
        }
        long l = 0x3fed0169L;
        out.println(String.format(Locale.ROOT, "sqrt(%X) = %X", l, usqrt(l) >>> 16));
        out.println(String.format(Locale.ROOT, "integer sqrt: %d values, %d wrong, checksum %016x",
                count, wrong, hash));
    }

    /**
     * Square root of an unsigned 32-bit value, bit by bit, as 16.16 fixed point (the Snippets
     * algorithm run for all 32 iterations, which yields the fraction bits too).
     */
    static long usqrt(long x) {
        long a = 0;
        long r = 0;
        for (int i = 0; i < 32; i++) {
            r = (r << 2) + ((x >>> 30) & 3);
            x = (x << 2) & 0xFFFFFFFFL;
            a <<= 1;
            long e = (a << 1) + 1;
            if (r >= e) {
                r -= e;
                a++;
            }
        }
        return a;
    }

    // ---------------------------------------------------------------- angle conversion

    private static void angles(PrintStream out, boolean large) {
        out.println("********* ANGLE CONVERSION ***********");
        int perDegree = large ? 4000 : 1;
        int printEvery = 15 * perDegree;
        long hash = FNV_OFFSET;
        int n = 360 * perDegree;
        for (int i = 0; i <= n; i++) {
            double degrees = (double) i / perDegree;
            double radians = deg2rad(degrees);
            hash = mix(hash, Double.doubleToLongBits(radians));
            if (i % printEvery == 0) {
                out.println(String.format(Locale.ROOT, "%3.0f degrees = %.12f radians", degrees, radians));
            }
        }
        for (int i = 0; i <= n; i++) {
            double radians = i * (PI / 180) / perDegree;
            double degrees = rad2deg(radians);
            hash = mix(hash, Double.doubleToLongBits(degrees));
            if (i % printEvery == 0) {
                out.println(String.format(Locale.ROOT, "%.12f radians = %3.0f degrees", radians, degrees));
            }
        }
        out.println(String.format(Locale.ROOT, "angle conversion: %d values, checksum %016x",
                2 * (n + 1), hash));
    }

    static double deg2rad(double degrees) {
        return PI * degrees / 180.0;
    }

    static double rad2deg(double radians) {
        return 180.0 * radians / PI;
    }

    // ---------------------------------------------------------------- checksum

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    /** FNV-1a over the eight bytes of {@code value}. */
    private static long mix(long hash, long value) {
        for (int i = 0; i < 8; i++) {
            hash = (hash ^ (value & 0xFF)) * 0x100000001b3L;
            value >>>= 8;
        }
        return hash;
    }
}
