package samples.workloads;

import java.util.ArrayList;
import java.util.List;

/**
 * SUSAN low-level image processing (S. M. Smith, 1995; MiBench automotive/susan, susan.c):
 * structure-preserving smoothing, edge detection with non-maximum suppression and thinning,
 * and corner detection, all on 8-bit images stored row-major in {@code byte} arrays.
 *
 * <p>Edges and corners use the 37-pixel circular mask (rows of 3, 5, 7, 7, 7, 5, 3 pixels);
 * a neighbour's contribution to the USAN area is the brightness LUT entry for its difference
 * from the nucleus. The original unrolls the mask by hand; here it is a table of offsets, and
 * the sums (all integer) are the same. Smoothing is the full Gaussian-weighted version
 * ({@code -s} without {@code -3}).
 */
public final class Susan {

    /** Default brightness threshold ({@code -t}). */
    public static final int BT = 20;
    /** Default distance threshold for smoothing ({@code -d}). */
    public static final float DT = 4.0f;
    /** max_no_edges and max_no_corners of the original's main(). */
    public static final int MAX_NO_EDGES = 2650;
    public static final int MAX_NO_CORNERS = 1850;

    /** Row offsets and column offsets of the 36 non-nucleus pixels of the mask, raster order. */
    static final int[] MASK_DY;
    static final int[] MASK_DX;

    static {
        int[] half = {1, 2, 3, 3, 3, 2, 1};
        List<int[]> offsets = new ArrayList<>();
        for (int dy = -3; dy <= 3; dy++) {
            for (int dx = -half[dy + 3]; dx <= half[dy + 3]; dx++) {
                if (dx != 0 || dy != 0) {
                    offsets.add(new int[] {dy, dx});
                }
            }
        }
        MASK_DY = new int[offsets.size()];
        MASK_DX = new int[offsets.size()];
        for (int k = 0; k < offsets.size(); k++) {
            MASK_DY[k] = offsets.get(k)[0];
            MASK_DX[k] = offsets.get(k)[1];
        }
    }

    /** One entry of the original's CORNER_LIST. */
    public record Corner(int x, int y, int dx, int dy, int brightness) {
    }

    private Susan() {
    }

    /**
     * setup_brightness_lut: entry {@code 256 + d} is 100*exp(-(d/t)^2) (form 2, smoothing) or
     * 100*exp(-(d/t)^6) (form 6, edges and corners), truncated like the C cast to uchar.
     */
    public static int[] brightnessLut(int thresh, int form) {
        int[] lut = new int[513];
        for (int k = -256; k <= 256; k++) {
            float temp = (float) k / (float) thresh;
            temp = temp * temp;
            if (form == 6) {
                temp = temp * temp * temp;
            }
            temp = (float) (100.0 * StrictMath.exp(-temp));
            lut[k + 256] = (int) temp;
        }
        return lut;
    }

    private static int px(byte[] image, int index) {
        return image[index] & 0xFF;
    }

    // ------------------------------------------------------------------ smoothing

    /** median: the mean of the middle two of the 8 neighbours, after a bubble sort. */
    static int median(byte[] in, int i, int j, int xSize) {
        int[] p = {
            px(in, (i - 1) * xSize + j - 1), px(in, (i - 1) * xSize + j), px(in, (i - 1) * xSize + j + 1),
            px(in, i * xSize + j - 1), px(in, i * xSize + j + 1),
            px(in, (i + 1) * xSize + j - 1), px(in, (i + 1) * xSize + j), px(in, (i + 1) * xSize + j + 1),
        };
        for (int k = 0; k < 7; k++) {
            for (int l = 0; l < 7 - k; l++) {
                if (p[l] > p[l + 1]) {
                    int tmp = p[l];
                    p[l] = p[l + 1];
                    p[l + 1] = tmp;
                }
            }
        }
        return (p[3] + p[4]) / 2;
    }

    /** enlarge: a copy with a border of {@code border} pixels mirrored from the inside. */
    static byte[] enlarge(byte[] in, int xSize, int ySize, int border) {
        int wide = xSize + 2 * border;
        byte[] out = new byte[wide * (ySize + 2 * border)];
        for (int i = 0; i < ySize; i++) {
            System.arraycopy(in, i * xSize, out, (i + border) * wide + border, xSize);
        }
        for (int i = 0; i < border; i++) {
            System.arraycopy(in, i * xSize, out, (border - 1 - i) * wide + border, xSize);
            System.arraycopy(in, (ySize - i - 1) * xSize, out, (ySize + border + i) * wide + border, xSize);
        }
        for (int i = 0; i < border; i++) {
            for (int j = 0; j < ySize + 2 * border; j++) {
                out[j * wide + border - 1 - i] = out[j * wide + border + i];
                out[j * wide + xSize + border + i] = out[j * wide + xSize + border - 1 - i];
            }
        }
        return out;
    }

    /**
     * susan_smoothing with the Gaussian mask: each pixel becomes the mean of its neighbourhood
     * weighted by distance and by brightness similarity to it (the nucleus itself excluded);
     * where no neighbour is similar at all, the median of the 8 neighbours is used.
     */
    public static byte[] smoothing(byte[] image, int xSize, int ySize, float dt, int[] bp) {
        int maskSize = ((int) (1.5 * dt)) + 1;
        if (2 * maskSize + 1 > xSize || 2 * maskSize + 1 > ySize) {
            throw new IllegalArgumentException("mask of size " + maskSize + " is too big for the image");
        }
        byte[] in = enlarge(image, xSize, ySize, maskSize);
        int wide = xSize + 2 * maskSize;
        int high = ySize + 2 * maskSize;
        int nMax = 2 * maskSize + 1;
        int increment = wide - nMax;

        int[] dp = new int[nMax * nMax];
        float temp = -(dt * dt);
        int d = 0;
        for (int i = -maskSize; i <= maskSize; i++) {
            for (int j = -maskSize; j <= maskSize; j++) {
                int x = (int) (100.0 * StrictMath.exp((float) (i * i + j * j) / temp));
                dp[d++] = x & 0xFF;
            }
        }

        byte[] out = new byte[xSize * ySize];
        int o = 0;
        for (int i = maskSize; i < high - maskSize; i++) {
            for (int j = maskSize; j < wide - maskSize; j++) {
                int area = 0;
                int total = 0;
                int dpt = 0;
                int ip = (i - maskSize) * wide + j - maskSize;
                int centre = px(in, i * wide + j);
                int cp = 256 + centre;
                for (int y = -maskSize; y <= maskSize; y++) {
                    for (int x = -maskSize; x <= maskSize; x++) {
                        int brightness = px(in, ip++);
                        int tmp = dp[dpt++] * bp[cp - brightness];
                        area += tmp;
                        total += tmp * brightness;
                    }
                    ip += increment;
                }
                int tmp = area - 10000;
                if (tmp == 0) {
                    out[o++] = (byte) median(in, i, j, wide);
                } else {
                    out[o++] = (byte) ((total - centre * 10000) / tmp);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ edges

    /**
     * susan_edges: fills the edge response {@code r} and marks edge points in {@code mid}
     * (which the caller fills with 100): 1 where the USAN centroid gives the edge direction,
     * 2 where its second moments do.
     */
    public static void edges(byte[] in, int[] r, byte[] mid, int[] bp, int maxNo, int xSize, int ySize) {
        java.util.Arrays.fill(r, 0);
        int[] offset = maskOffsets(xSize);
        for (int i = 3; i < ySize - 3; i++) {
            for (int j = 3; j < xSize - 3; j++) {
                int centre = i * xSize + j;
                int cp = 256 + px(in, centre);
                int n = 100;
                for (int k = 0; k < offset.length; k++) {
                    n += bp[cp - px(in, centre + offset[k])];
                }
                if (n <= maxNo) {
                    r[centre] = maxNo - n;
                }
            }
        }

        for (int i = 4; i < ySize - 4; i++) {
            for (int j = 4; j < xSize - 4; j++) {
                int centre = i * xSize + j;
                if (r[centre] <= 0) {
                    continue;
                }
                int m = r[centre];
                int n = maxNo - m;
                int cp = 256 + px(in, centre);
                boolean doSymmetry;
                int a = 0;
                int b = 0;
                if (n > 600) {
                    int x = 0;
                    int y = 0;
                    for (int k = 0; k < offset.length; k++) {
                        int c = bp[cp - px(in, centre + offset[k])];
                        x += MASK_DX[k] * c;
                        y += MASK_DY[k] * c;
                    }
                    float z = (float) Math.sqrt((float) (x * x + y * y));
                    if (z > 0.9 * (float) n) {
                        doSymmetry = false;
                        int w;
                        if (x == 0) {
                            z = 1000000.0f;
                        } else {
                            z = (float) y / (float) x;
                        }
                        if (z < 0) {
                            z = -z;
                            w = -1;
                        } else {
                            w = 1;
                        }
                        if (z < 0.5) {
                            a = 0; // vertical edge
                            b = 1;
                        } else if (z > 2.0) {
                            a = 1; // horizontal edge
                            b = 0;
                        } else if (w > 0) {
                            a = 1; // diagonal edge
                            b = 1;
                        } else {
                            a = -1;
                            b = 1;
                        }
                        if (m > r[(i + a) * xSize + j + b] && m >= r[(i - a) * xSize + j - b]
                                && m > r[(i + 2 * a) * xSize + j + 2 * b] && m >= r[(i - 2 * a) * xSize + j - 2 * b]) {
                            mid[centre] = 1;
                        }
                    } else {
                        doSymmetry = true;
                    }
                } else {
                    doSymmetry = true;
                }

                if (doSymmetry) {
                    int x = 0;
                    int y = 0;
                    int w = 0;
                    for (int k = 0; k < offset.length; k++) {
                        int c = bp[cp - px(in, centre + offset[k])];
                        x += MASK_DX[k] * MASK_DX[k] * c;
                        y += MASK_DY[k] * MASK_DY[k] * c;
                        w += MASK_DX[k] * MASK_DY[k] * c;
                    }
                    float z;
                    if (y == 0) {
                        z = 1000000.0f;
                    } else {
                        z = (float) x / (float) y;
                    }
                    if (z < 0.5) {
                        a = 0; // vertical
                        b = 1;
                    } else if (z > 2.0) {
                        a = 1; // horizontal
                        b = 0;
                    } else if (w > 0) {
                        a = -1; // diagonal
                        b = 1;
                    } else {
                        a = 1;
                        b = 1;
                    }
                    if (m > r[(i + a) * xSize + j + b] && m >= r[(i - a) * xSize + j - b]
                            && m > r[(i + 2 * a) * xSize + j + 2 * b] && m >= r[(i - 2 * a) * xSize + j - 2 * b]) {
                        mid[centre] = 2;
                    }
                }
            }
        }
    }

    private static int[] maskOffsets(int xSize) {
        int[] offset = new int[MASK_DY.length];
        for (int k = 0; k < offset.length; k++) {
            offset[k] = MASK_DY[k] * xSize + MASK_DX[k];
        }
        return offset;
    }

    private static int is(boolean condition) {
        return condition ? 1 : 0;
    }

    /**
     * susan_thin: one pass that removes isolated points, extends line ends, straightens and
     * thins edges without breaking connectivity; it steps back (i, j) to revisit pixels it
     * may have affected. Marks kept or added edge points with values below 8.
     */
    public static void thin(int[] r, byte[] mid, int xSize, int ySize) {
        int[] l = new int[9];
        for (int i = 4; i < ySize - 4; i++) {
            for (int j = 4; j < xSize - 4; j++) {
                if (mid[i * xSize + j] >= 8) {
                    continue;
                }
                int centre = r[i * xSize + j];
                int mp = (i - 1) * xSize + j - 1;
                int n = is(mid[mp] < 8) + is(mid[mp + 1] < 8) + is(mid[mp + 2] < 8)
                        + is(mid[mp + xSize] < 8) + is(mid[mp + xSize + 2] < 8)
                        + is(mid[mp + 2 * xSize] < 8) + is(mid[mp + 2 * xSize + 1] < 8) + is(mid[mp + 2 * xSize + 2] < 8);

                // n == 0: no neighbours - remove the point.
                if (n == 0) {
                    mid[i * xSize + j] = 100;
                }

                // n == 1: extend the line if allowed (mid counts the extensions).
                if (n == 1 && mid[i * xSize + j] < 6) {
                    l[0] = r[(i - 1) * xSize + j - 1];
                    l[1] = r[(i - 1) * xSize + j];
                    l[2] = r[(i - 1) * xSize + j + 1];
                    l[3] = r[i * xSize + j - 1];
                    l[4] = 0;
                    l[5] = r[i * xSize + j + 1];
                    l[6] = r[(i + 1) * xSize + j - 1];
                    l[7] = r[(i + 1) * xSize + j];
                    l[8] = r[(i + 1) * xSize + j + 1];

                    if (mid[(i - 1) * xSize + j - 1] < 8) {
                        l[0] = 0; l[1] = 0; l[3] = 0; l[2] *= 2; l[6] *= 2; l[5] *= 3; l[7] *= 3; l[8] *= 4;
                    } else if (mid[(i - 1) * xSize + j] < 8) {
                        l[1] = 0; l[0] = 0; l[2] = 0; l[3] *= 2; l[5] *= 2; l[6] *= 3; l[8] *= 3; l[7] *= 4;
                    } else if (mid[(i - 1) * xSize + j + 1] < 8) {
                        l[2] = 0; l[1] = 0; l[5] = 0; l[0] *= 2; l[8] *= 2; l[3] *= 3; l[7] *= 3; l[6] *= 4;
                    } else if (mid[i * xSize + j - 1] < 8) {
                        l[3] = 0; l[0] = 0; l[6] = 0; l[1] *= 2; l[7] *= 2; l[2] *= 3; l[8] *= 3; l[5] *= 4;
                    } else if (mid[i * xSize + j + 1] < 8) {
                        l[5] = 0; l[2] = 0; l[8] = 0; l[1] *= 2; l[7] *= 2; l[0] *= 3; l[6] *= 3; l[3] *= 4;
                    } else if (mid[(i + 1) * xSize + j - 1] < 8) {
                        l[6] = 0; l[3] = 0; l[7] = 0; l[0] *= 2; l[8] *= 2; l[1] *= 3; l[5] *= 3; l[2] *= 4;
                    } else if (mid[(i + 1) * xSize + j] < 8) {
                        l[7] = 0; l[6] = 0; l[8] = 0; l[3] *= 2; l[5] *= 2; l[0] *= 3; l[2] *= 3; l[1] *= 4;
                    } else if (mid[(i + 1) * xSize + j + 1] < 8) {
                        l[8] = 0; l[5] = 0; l[7] = 0; l[6] *= 2; l[2] *= 2; l[1] *= 3; l[3] *= 3; l[0] *= 4;
                    }

                    int m = 0;
                    int a = 0;
                    int b = 0;
                    for (int y = 0; y < 3; y++) {
                        for (int x = 0; x < 3; x++) {
                            if (l[y + y + y + x] > m) {
                                m = l[y + y + y + x];
                                a = y;
                                b = x;
                            }
                        }
                    }
                    if (m > 0) {
                        if (mid[i * xSize + j] < 4) {
                            mid[(i + a - 1) * xSize + j + b - 1] = 4;
                        } else {
                            mid[(i + a - 1) * xSize + j + b - 1] = (byte) (mid[i * xSize + j] + 1);
                        }
                        if (a + a + b < 3) { // need to jump back in the image
                            i += a - 1;
                            j += b - 2;
                            if (i < 4) {
                                i = 4;
                            }
                            if (j < 4) {
                                j = 4;
                            }
                        }
                    }
                }

                // n == 2: straighten edges.
                if (n == 2) {
                    int b00 = is(mid[(i - 1) * xSize + j - 1] < 8);
                    int b02 = is(mid[(i - 1) * xSize + j + 1] < 8);
                    int b20 = is(mid[(i + 1) * xSize + j - 1] < 8);
                    int b22 = is(mid[(i + 1) * xSize + j + 1] < 8);
                    if (b00 + b02 + b20 + b22 == 2 && ((b00 | b22) & (b02 | b20)) != 0) {
                        // Move a point back into line: X O X can become X X X.
                        int x;
                        int y;
                        if (b00 != 0) {
                            if (b02 != 0) {
                                x = 0;
                                y = -1;
                            } else {
                                x = -1;
                                y = 0;
                            }
                        } else {
                            if (b02 != 0) {
                                x = 1;
                                y = 0;
                            } else {
                                x = 0;
                                y = 1;
                            }
                        }
                        if ((float) r[(i + y) * xSize + j + x] / (float) centre > 0.7) {
                            if ((x == 0 && mid[(i + 2 * y) * xSize + j] > 7 && mid[(i + 2 * y) * xSize + j - 1] > 7
                                    && mid[(i + 2 * y) * xSize + j + 1] > 7)
                                    || (y == 0 && mid[i * xSize + j + 2 * x] > 7 && mid[(i + 1) * xSize + j + 2 * x] > 7
                                    && mid[(i - 1) * xSize + j + 2 * x] > 7)) {
                                mid[i * xSize + j] = 100;
                                mid[(i + y) * xSize + j + x] = 3; // no jumping needed
                            }
                        }
                    } else {
                        int b01 = is(mid[(i - 1) * xSize + j] < 8);
                        int b12 = is(mid[i * xSize + j + 1] < 8);
                        int b21 = is(mid[(i + 1) * xSize + j] < 8);
                        int b10 = is(mid[i * xSize + j - 1] < 8);
                        if (b01 + b12 + b21 + b10 == 2 && ((b10 | b12) & (b01 | b21)) != 0
                                && ((b01 & (is(mid[(i - 2) * xSize + j - 1] < 8) | is(mid[(i - 2) * xSize + j + 1] < 8)))
                                | (b10 & (is(mid[(i - 1) * xSize + j - 2] < 8) | is(mid[(i + 1) * xSize + j - 2] < 8)))
                                | (b12 & (is(mid[(i - 1) * xSize + j + 2] < 8) | is(mid[(i + 1) * xSize + j + 2] < 8)))
                                | (b21 & (is(mid[(i + 2) * xSize + j - 1] < 8) | is(mid[(i + 2) * xSize + j + 1] < 8)))) != 0) {
                            // Clear odd right angles.
                            mid[i * xSize + j] = 100;
                            i--;
                            j -= 2;
                            if (i < 4) {
                                i = 4;
                            }
                            if (j < 4) {
                                j = 4;
                            }
                        }
                    }
                }

                // n > 2: thin without breaking connectivity.
                if (n > 2) {
                    int b01 = is(mid[(i - 1) * xSize + j] < 8);
                    int b12 = is(mid[i * xSize + j + 1] < 8);
                    int b21 = is(mid[(i + 1) * xSize + j] < 8);
                    int b10 = is(mid[i * xSize + j - 1] < 8);
                    if (b01 + b12 + b21 + b10 > 1) {
                        int b00 = is(mid[(i - 1) * xSize + j - 1] < 8);
                        int b02 = is(mid[(i - 1) * xSize + j + 1] < 8);
                        int b20 = is(mid[(i + 1) * xSize + j - 1] < 8);
                        int b22 = is(mid[(i + 1) * xSize + j + 1] < 8);
                        int p1 = b00 | b01;
                        int p2 = b02 | b12;
                        int p3 = b22 | b21;
                        int p4 = b20 | b10;
                        if ((p1 + p2 + p3 + p4) - ((b01 & p2) + (b12 & p3) + (b21 & p4) + (b10 & p1)) < 2) {
                            mid[i * xSize + j] = 100;
                            i--;
                            j -= 2;
                            if (i < 4) {
                                i = 4;
                            }
                            if (j < 4) {
                                j = 4;
                            }
                        }
                    }
                }
            }
        }
    }

    /** edge_draw, drawing mode 0: a white 3x3 box around each edge point, the point black. */
    public static void edgeDraw(byte[] in, byte[] mid, int xSize) {
        for (int i = 0; i < mid.length; i++) {
            if (mid[i] < 8) {
                int p = i - xSize - 1;
                in[p] = (byte) 255;
                in[p + 1] = (byte) 255;
                in[p + 2] = (byte) 255;
                in[p + xSize] = (byte) 255;
                in[p + xSize + 2] = (byte) 255;
                in[p + 2 * xSize] = (byte) 255;
                in[p + 2 * xSize + 1] = (byte) 255;
                in[p + 2 * xSize + 2] = (byte) 255;
            }
        }
        for (int i = 0; i < mid.length; i++) {
            if (mid[i] < 8) {
                in[i] = 0;
            }
        }
    }

    // ------------------------------------------------------------------ corners

    private static int ftoi(float a) {
        return a < 0 ? (int) (a - 0.5) : (int) (a + 0.5);
    }

    /**
     * susan_corners: a pixel is a corner candidate when its USAN is small, the USAN centroid
     * is far from the nucleus and the pixels towards the centroid all belong to the USAN; the
     * corners are the candidates that are maxima of the response in a 7x7 window.
     */
    public static List<Corner> corners(byte[] in, int[] r, int[] bp, int maxNo, int xSize, int ySize) {
        java.util.Arrays.fill(r, 0);
        int[] cgx = new int[xSize * ySize];
        int[] cgy = new int[xSize * ySize];
        int[] offset = maskOffsets(xSize);

        for (int i = 5; i < ySize - 5; i++) {
            for (int j = 5; j < xSize - 5; j++) {
                int centre = i * xSize + j;
                int cp = 256 + px(in, centre);
                int n = 100;
                // The original gives up as soon as the running sum reaches max_no; the sum only
                // grows, so testing once at the end selects the same pixels.
                for (int k = 0; k < offset.length; k++) {
                    n += bp[cp - px(in, centre + offset[k])];
                }
                if (n >= maxNo) {
                    continue;
                }
                int x = 0;
                int y = 0;
                for (int k = 0; k < offset.length; k++) {
                    int c = bp[cp - px(in, centre + offset[k])];
                    x += MASK_DX[k] * c;
                    y += MASK_DY[k] * c;
                }
                int xx = x * x;
                int yy = y * y;
                int sq = xx + yy;
                if (sq > (n * n) / 2) {
                    if (yy < xx) {
                        float divide = (float) y / (float) Math.abs(x);
                        sq = Math.abs(x) / x;
                        sq = bp[cp - px(in, (i + ftoi(divide)) * xSize + j + sq)]
                                + bp[cp - px(in, (i + ftoi(2 * divide)) * xSize + j + 2 * sq)]
                                + bp[cp - px(in, (i + ftoi(3 * divide)) * xSize + j + 3 * sq)];
                    } else {
                        float divide = (float) x / (float) Math.abs(y);
                        sq = Math.abs(y) / y;
                        sq = bp[cp - px(in, (i + sq) * xSize + j + ftoi(divide))]
                                + bp[cp - px(in, (i + 2 * sq) * xSize + j + ftoi(2 * divide))]
                                + bp[cp - px(in, (i + 3 * sq) * xSize + j + ftoi(3 * divide))];
                    }
                    if (sq > 290) {
                        r[centre] = maxNo - n;
                        cgx[centre] = (51 * x) / n;
                        cgy[centre] = (51 * y) / n;
                    }
                }
            }
        }

        // Local maxima in a 7x7 window: strictly greater than the pixels before the nucleus in
        // raster order, at least equal to those after it (SEVEN_SUPP).
        List<Corner> list = new ArrayList<>();
        for (int i = 5; i < ySize - 5; i++) {
            for (int j = 5; j < xSize - 5; j++) {
                int x = r[i * xSize + j];
                if (x <= 0) {
                    continue;
                }
                boolean maximum = true;
                for (int dy = -3; dy <= 3 && maximum; dy++) {
                    for (int dx = -3; dx <= 3; dx++) {
                        if (dy == 0 && dx == 0) {
                            continue;
                        }
                        int other = r[(i + dy) * xSize + j + dx];
                        boolean before = dy < 0 || (dy == 0 && dx < 0);
                        if (before ? x <= other : x < other) {
                            maximum = false;
                            break;
                        }
                    }
                }
                if (maximum) {
                    list.add(new Corner(j, i, cgx[i * xSize + j], cgy[i * xSize + j], px(in, i * xSize + j)));
                }
            }
        }
        return list;
    }

    /** corner_draw, drawing mode 0: a white 3x3 box with a black centre at each corner. */
    public static void cornerDraw(byte[] in, List<Corner> corners, int xSize) {
        for (Corner corner : corners) {
            int p = (corner.y() - 1) * xSize + corner.x() - 1;
            in[p] = (byte) 255;
            in[p + 1] = (byte) 255;
            in[p + 2] = (byte) 255;
            in[p + xSize] = (byte) 255;
            in[p + xSize + 1] = 0;
            in[p + xSize + 2] = (byte) 255;
            in[p + 2 * xSize] = (byte) 255;
            in[p + 2 * xSize + 1] = (byte) 255;
            in[p + 2 * xSize + 2] = (byte) 255;
        }
    }
}
