package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class JpegDctTest {

    /** 8 times the orthonormal 2-D DCT-II, in double precision: what jfdctint approximates. */
    private static double[] referenceDct(int[] block) {
        double[] out = new double[64];
        for (int u = 0; u < 8; u++) {
            for (int v = 0; v < 8; v++) {
                double sum = 0;
                for (int y = 0; y < 8; y++) {
                    for (int x = 0; x < 8; x++) {
                        sum += block[y * 8 + x] * Math.cos((2 * y + 1) * u * Math.PI / 16)
                                * Math.cos((2 * x + 1) * v * Math.PI / 16);
                    }
                }
                double cu = u == 0 ? Math.sqrt(0.5) : 1;
                double cv = v == 0 ? Math.sqrt(0.5) : 1;
                out[u * 8 + v] = 8 * 0.25 * cu * cv * sum;
            }
        }
        return out;
    }

    @Test
    void integerDctMatchesDoublePrecisionWithinRounding() {
        XorShift64 random = new XorShift64(17);
        for (int t = 0; t < 600; t++) {
            int[] block = new int[64];
            for (int i = 0; i < 64; i++) {
                // random noise, smooth ramps and full-range extremes
                block[i] = switch (t % 3) {
                    case 0 -> random.nextInt(256) - 128;
                    case 1 -> (i % 8) * 30 - 105 + random.nextInt(5);
                    default -> random.nextInt(2) == 0 ? -128 : 127;
                };
            }
            double[] expected = referenceDct(block);
            int[] actual = block.clone();
            JpegDct.fdctIslow(actual);
            for (int i = 0; i < 64; i++) {
                assertEquals(expected[i], actual[i], 2.0, "block " + t + " coefficient " + i);
            }
        }
    }

    @Test
    void flatBlockHasOnlyDc() {
        for (int level : new int[] {-128, -1, 0, 1, 77, 127}) {
            int[] block = new int[64];
            Arrays.fill(block, level);
            JpegDct.fdctIslow(block);
            assertEquals(64 * level, block[0], "level " + level);
            for (int i = 1; i < 64; i++) {
                assertEquals(0, block[i], "level " + level + " coefficient " + i);
            }
        }
    }

    @Test
    void zigzagIsTheAntidiagonalScan() {
        int[] expected = new int[64];
        int k = 0;
        for (int sum = 0; sum <= 14; sum++) {
            for (int i = 0; i <= sum; i++) {
                int row = sum % 2 == 0 ? sum - i : i; // even diagonals run up and to the right
                int col = sum - row;
                if (row < 8 && col < 8) {
                    expected[k++] = row * 8 + col;
                }
            }
        }
        assertArrayEquals(expected, JpegDct.NATURAL_ORDER);
    }

    @Test
    void qualityScaling() {
        assertArrayEquals(JpegDct.STD_LUMINANCE_QUANT, JpegDct.quantTable(50));
        int[] q100 = new int[64];
        Arrays.fill(q100, 1);
        assertArrayEquals(q100, JpegDct.quantTable(100));
        assertEquals(8, JpegDct.quantTable(75)[0]); // (16*50+50)/100
        assertEquals(255, JpegDct.quantTable(1)[63]); // 99*5000/100 capped for baseline
        assertEquals(200, JpegDct.qualityScaling(25));
    }

    @Test
    void quantizationRoundsHalvesAwayFromZero() {
        int[] table = new int[64];
        Arrays.fill(table, 16); // divisor 128
        int[] workspace = new int[64];
        int[] input = {320, -320, 63, 64, -64, -63, 191, 192, 0};
        int[] expected = {3, -3, 0, 1, -1, 0, 1, 2, 0};
        System.arraycopy(input, 0, workspace, 0, input.length);
        int[] coef = new int[64];
        JpegDct.quantize(workspace, table, coef);
        assertArrayEquals(expected, Arrays.copyOf(coef, expected.length));
    }

    @Test
    void symbolCountsOfAHandMadeBlock() {
        int[] block = new int[64];
        block[0] = 5;
        block[JpegDct.NATURAL_ORDER[1]] = -1;
        block[JpegDct.NATURAL_ORDER[20]] = 3; // after a run of 18 zeros
        long[] dc = new long[17];
        long[] ac = new long[257];
        int extra = JpegDct.countSymbols(block, 2, dc, ac);
        assertEquals(1, dc[2]); // difference 3
        assertEquals(1, ac[0x01]); // run 0, size 1
        assertEquals(1, ac[0xF0]); // ZRL
        assertEquals(1, ac[0x22]); // run 2, size 2
        assertEquals(1, ac[0x00]); // EOB
        assertEquals(4, Arrays.stream(ac).sum());
        assertEquals(2 + 1 + 2, extra);
    }

    @Test
    void optimalCodeLengthsFormALimitedPrefixCode() {
        long[] freq = new long[256];
        long a = 1;
        long b = 1;
        for (int s = 0; s < 30; s++) { // Fibonacci weights force lengths over 16 before the fix-up
            freq[s * 3] = a;
            long c = a + b;
            a = b;
            b = c;
        }
        int[] bits = new int[17];
        int[] lengths = JpegDct.optimalCodeLengths(freq, bits);
        double kraft = 0;
        int used = 0;
        for (int s = 0; s < 256; s++) {
            if (freq[s] == 0) {
                assertEquals(0, lengths[s], "unused symbol " + s);
                continue;
            }
            used++;
            assertTrue(lengths[s] >= 1 && lengths[s] <= 16, "length of " + s);
            kraft += Math.pow(2, -lengths[s]);
            for (int t = 0; t < 256; t++) {
                if (freq[t] > freq[s]) {
                    assertTrue(lengths[t] <= lengths[s], t + " is more frequent than " + s);
                }
            }
        }
        assertEquals(30, used);
        assertEquals(30, Arrays.stream(bits).sum());
        assertTrue(kraft < 1.0, "the all-ones code stays free: " + kraft);
    }

    @Test
    void passStatisticsAreConsistent() {
        byte[] image = SyntheticImage.scene(64, 48, new XorShift64(1), 3, 3);
        JpegDctSample.Result r = JpegDctSample.encode(image, 64, 48, 75);
        assertEquals(48, r.blocks);
        assertEquals(48, Arrays.stream(r.dcCounts).sum());
        long acNonzero = Arrays.stream(r.acSizes).sum();
        long dcNonzero = r.nonzero - acNonzero;
        assertTrue(dcNonzero <= 48);
        long symbols = 0;
        for (int s = 1; s < 256; s++) {
            if (s != 0xF0) {
                symbols += r.acCounts[s];
            }
        }
        assertEquals(acNonzero, symbols);
    }
}
