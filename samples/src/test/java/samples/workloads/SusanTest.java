package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SusanTest {

    private static final int W = 64;
    private static final int H = 48;

    private static final int[] SMOOTH_LUT = Susan.brightnessLut(Susan.BT, 2);
    private static final int[] EDGE_LUT = Susan.brightnessLut(Susan.BT, 6);

    private static byte[] flat(int level) {
        byte[] image = new byte[W * H];
        Arrays.fill(image, (byte) level);
        return image;
    }

    /** A bright square with corners (x0, y0) and (x1, y1) inclusive, on a dark background. */
    private static byte[] square(int x0, int y0, int x1, int y1) {
        byte[] image = flat(40);
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                image[y * W + x] = (byte) 200;
            }
        }
        return image;
    }

    private static byte[] edgeMarks(byte[] image) {
        int[] r = new int[W * H];
        byte[] mid = new byte[W * H];
        Arrays.fill(mid, (byte) 100);
        Susan.edges(image, r, mid, EDGE_LUT, Susan.MAX_NO_EDGES, W, H);
        Susan.thin(r, mid, W, H);
        return mid;
    }

    @Test
    void maskAndLuts() {
        assertEquals(36, Susan.MASK_DX.length); // 37 pixels with the nucleus
        assertEquals(100, SMOOTH_LUT[256]);
        assertEquals(100, EDGE_LUT[256]);
        assertEquals(36, SMOOTH_LUT[256 + 20]); // 100*exp(-1)
        assertEquals(36, EDGE_LUT[256 - 20]);
        assertEquals(0, EDGE_LUT[256 + 40]);
        for (int d = 1; d <= 256; d++) {
            assertEquals(SMOOTH_LUT[256 + d], SMOOTH_LUT[256 - d]);
            assertTrue(EDGE_LUT[256 + d] <= EDGE_LUT[256 + d - 1]);
        }
    }

    @Test
    void flatImageHasNoEdgesOrCornersAndSmoothsToItself() {
        byte[] image = flat(123);
        assertArrayEquals(image, Susan.smoothing(image, W, H, Susan.DT, SMOOTH_LUT));
        byte[] mid = edgeMarks(image);
        for (byte m : mid) {
            assertEquals(100, m);
        }
        assertEquals(List.of(), Susan.corners(image, new int[W * H], EDGE_LUT, Susan.MAX_NO_CORNERS, W, H));
    }

    @Test
    void squareHasOneCornerNearEachVertexAndEdgesAlongItsSides() {
        int x0 = 20;
        int y0 = 14;
        int x1 = 43;
        int y1 = 33;
        byte[] image = square(x0, y0, x1, y1);
        List<Susan.Corner> corners = Susan.corners(image, new int[W * H], EDGE_LUT, Susan.MAX_NO_CORNERS, W, H);
        int[][] vertices = {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}};
        for (int[] v : vertices) {
            long near = corners.stream()
                    .filter(c -> Math.abs(c.x() - v[0]) <= 3 && Math.abs(c.y() - v[1]) <= 3).count();
            assertEquals(1, near, "corners near " + Arrays.toString(v) + ": " + corners);
        }
        assertEquals(4, corners.size(), corners.toString());

        byte[] mid = edgeMarks(image);
        int points = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (mid[y * W + x] < 8) {
                    points++;
                    int distance = Math.min(Math.min(Math.abs(x - x0), Math.abs(x - x1)),
                            Math.min(Math.abs(y - y0), Math.abs(y - y1)));
                    boolean inBox = x >= x0 - 2 && x <= x1 + 2 && y >= y0 - 2 && y <= y1 + 2;
                    assertTrue(inBox && distance <= 1, "edge point off the square at " + x + "," + y);
                }
            }
        }
        int perimeter = 2 * (x1 - x0 + y1 - y0);
        assertTrue(points > perimeter / 2 && points < 2 * perimeter, points + " edge points");
    }

    @Test
    void smoothingKeepsAStepAndRemovesNoise() {
        XorShift64 random = new XorShift64(9);
        byte[] image = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                image[y * W + x] = (byte) ((x < W / 2 ? 60 : 180) + random.nextInt(11) - 5);
            }
        }
        byte[] out = Susan.smoothing(image, W, H, Susan.DT, SMOOTH_LUT);
        double before = 0;
        double after = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int ideal = x < W / 2 ? 60 : 180;
                before += Math.pow((image[y * W + x] & 0xFF) - ideal, 2);
                after += Math.pow((out[y * W + x] & 0xFF) - ideal, 2);
                // the step survives: no pixel drifts towards the other side
                assertTrue(Math.abs((out[y * W + x] & 0xFF) - ideal) <= 5, "pixel " + x + "," + y);
            }
        }
        assertTrue(after < before / 4, "noise energy " + before + " -> " + after);
    }
}
