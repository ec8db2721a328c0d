package samples.workloads;

/**
 * The core of the IJG JPEG encoder (libjpeg 6a, MiBench consumer/jpeg's cjpeg): the slow but
 * accurate integer forward DCT of jfdctint.c, quality scaling of the standard luminance table
 * (jcparam.c), quantization with libjpeg's rounding (jcdctmgr.c), the zig-zag order
 * (jutils.c), the symbol statistics of Huffman optimization (jchuff.c htest_one_block) and
 * the optimal code lengths built from them (jpeg_gen_optimal_table).
 */
public final class JpegDct {

    public static final int DCTSIZE = 8;
    public static final int DCTSIZE2 = 64;

    private static final int CONST_BITS = 13;
    private static final int PASS1_BITS = 2;

    private static final int FIX_0_298631336 = 2446;
    private static final int FIX_0_390180644 = 3196;
    private static final int FIX_0_541196100 = 4433;
    private static final int FIX_0_765366865 = 6270;
    private static final int FIX_0_899976223 = 7373;
    private static final int FIX_1_175875602 = 9633;
    private static final int FIX_1_501321110 = 12299;
    private static final int FIX_1_847759065 = 15137;
    private static final int FIX_1_961570560 = 16069;
    private static final int FIX_2_053119869 = 16819;
    private static final int FIX_2_562915447 = 20995;
    private static final int FIX_3_072711026 = 25172;

    /** jpeg_natural_order: zig-zag position k holds natural (row-major) index NATURAL_ORDER[k]. */
    public static final int[] NATURAL_ORDER = {
        0, 1, 8, 16, 9, 2, 3, 10,
        17, 24, 32, 25, 18, 11, 4, 5,
        12, 19, 26, 33, 40, 48, 41, 34,
        27, 20, 13, 6, 7, 14, 21, 28,
        35, 42, 49, 56, 57, 50, 43, 36,
        29, 22, 15, 23, 30, 37, 44, 51,
        58, 59, 52, 45, 38, 31, 39, 46,
        53, 60, 61, 54, 47, 55, 62, 63,
    };

    /** Table K.1 of the JPEG standard, in natural order (std_luminance_quant_tbl). */
    public static final int[] STD_LUMINANCE_QUANT = {
        16, 11, 10, 16, 24, 40, 51, 61,
        12, 12, 14, 19, 26, 58, 60, 55,
        14, 13, 16, 24, 40, 57, 69, 56,
        14, 17, 22, 29, 51, 87, 80, 62,
        18, 22, 37, 56, 68, 109, 103, 77,
        24, 35, 55, 64, 81, 104, 113, 92,
        49, 64, 78, 87, 103, 121, 120, 101,
        72, 92, 95, 98, 112, 100, 103, 99,
    };

    /** Largest DC difference category for 8-bit samples (MAX_COEF_BITS + 1). */
    public static final int MAX_COEF_BITS = 10;

    private JpegDct() {
    }

    private static int descale(int x, int n) {
        return (x + (1 << (n - 1))) >> n;
    }

    /** jpeg_fdct_islow: in place on 64 level-shifted samples; the outputs are 8x the true DCT. */
    public static void fdctIslow(int[] data) {
        // Pass 1: process rows. Results are scaled up by sqrt(8) and by 2**PASS1_BITS.
        for (int row = 0; row < DCTSIZE2; row += DCTSIZE) {
            int tmp0 = data[row] + data[row + 7];
            int tmp7 = data[row] - data[row + 7];
            int tmp1 = data[row + 1] + data[row + 6];
            int tmp6 = data[row + 1] - data[row + 6];
            int tmp2 = data[row + 2] + data[row + 5];
            int tmp5 = data[row + 2] - data[row + 5];
            int tmp3 = data[row + 3] + data[row + 4];
            int tmp4 = data[row + 3] - data[row + 4];

            int tmp10 = tmp0 + tmp3;
            int tmp13 = tmp0 - tmp3;
            int tmp11 = tmp1 + tmp2;
            int tmp12 = tmp1 - tmp2;

            data[row] = (tmp10 + tmp11) << PASS1_BITS;
            data[row + 4] = (tmp10 - tmp11) << PASS1_BITS;

            int z1 = (tmp12 + tmp13) * FIX_0_541196100;
            data[row + 2] = descale(z1 + tmp13 * FIX_0_765366865, CONST_BITS - PASS1_BITS);
            data[row + 6] = descale(z1 + tmp12 * -FIX_1_847759065, CONST_BITS - PASS1_BITS);

            z1 = tmp4 + tmp7;
            int z2 = tmp5 + tmp6;
            int z3 = tmp4 + tmp6;
            int z4 = tmp5 + tmp7;
            int z5 = (z3 + z4) * FIX_1_175875602;

            tmp4 *= FIX_0_298631336;
            tmp5 *= FIX_2_053119869;
            tmp6 *= FIX_3_072711026;
            tmp7 *= FIX_1_501321110;
            z1 *= -FIX_0_899976223;
            z2 *= -FIX_2_562915447;
            z3 *= -FIX_1_961570560;
            z4 *= -FIX_0_390180644;

            z3 += z5;
            z4 += z5;

            data[row + 7] = descale(tmp4 + z1 + z3, CONST_BITS - PASS1_BITS);
            data[row + 5] = descale(tmp5 + z2 + z4, CONST_BITS - PASS1_BITS);
            data[row + 3] = descale(tmp6 + z2 + z3, CONST_BITS - PASS1_BITS);
            data[row + 1] = descale(tmp7 + z1 + z4, CONST_BITS - PASS1_BITS);
        }

        // Pass 2: process columns, removing the PASS1_BITS scaling but keeping the factor 8.
        for (int col = 0; col < DCTSIZE; col++) {
            int tmp0 = data[col] + data[col + 56];
            int tmp7 = data[col] - data[col + 56];
            int tmp1 = data[col + 8] + data[col + 48];
            int tmp6 = data[col + 8] - data[col + 48];
            int tmp2 = data[col + 16] + data[col + 40];
            int tmp5 = data[col + 16] - data[col + 40];
            int tmp3 = data[col + 24] + data[col + 32];
            int tmp4 = data[col + 24] - data[col + 32];

            int tmp10 = tmp0 + tmp3;
            int tmp13 = tmp0 - tmp3;
            int tmp11 = tmp1 + tmp2;
            int tmp12 = tmp1 - tmp2;

            data[col] = descale(tmp10 + tmp11, PASS1_BITS);
            data[col + 32] = descale(tmp10 - tmp11, PASS1_BITS);

            int z1 = (tmp12 + tmp13) * FIX_0_541196100;
            data[col + 16] = descale(z1 + tmp13 * FIX_0_765366865, CONST_BITS + PASS1_BITS);
            data[col + 48] = descale(z1 + tmp12 * -FIX_1_847759065, CONST_BITS + PASS1_BITS);

            z1 = tmp4 + tmp7;
            int z2 = tmp5 + tmp6;
            int z3 = tmp4 + tmp6;
            int z4 = tmp5 + tmp7;
            int z5 = (z3 + z4) * FIX_1_175875602;

            tmp4 *= FIX_0_298631336;
            tmp5 *= FIX_2_053119869;
            tmp6 *= FIX_3_072711026;
            tmp7 *= FIX_1_501321110;
            z1 *= -FIX_0_899976223;
            z2 *= -FIX_2_562915447;
            z3 *= -FIX_1_961570560;
            z4 *= -FIX_0_390180644;

            z3 += z5;
            z4 += z5;

            data[col + 56] = descale(tmp4 + z1 + z3, CONST_BITS + PASS1_BITS);
            data[col + 40] = descale(tmp5 + z2 + z4, CONST_BITS + PASS1_BITS);
            data[col + 24] = descale(tmp6 + z2 + z3, CONST_BITS + PASS1_BITS);
            data[col + 8] = descale(tmp7 + z1 + z4, CONST_BITS + PASS1_BITS);
        }
    }

    /** jpeg_quality_scaling: quality 1..100 to a percentage scale factor. */
    public static int qualityScaling(int quality) {
        quality = Math.max(1, Math.min(100, quality));
        return quality < 50 ? 5000 / quality : 200 - quality * 2;
    }

    /** jpeg_add_quant_table with force_baseline: the scaled table, entries 1..255, natural order. */
    public static int[] quantTable(int quality) {
        int scale = qualityScaling(quality);
        int[] table = new int[DCTSIZE2];
        for (int i = 0; i < DCTSIZE2; i++) {
            long temp = ((long) STD_LUMINANCE_QUANT[i] * scale + 50L) / 100L;
            table[i] = (int) Math.max(1, Math.min(255, temp));
        }
        return table;
    }

    /**
     * forward_DCT's quantization for the islow DCT: divisors are the table entries times 8,
     * rounding is to nearest with halves away from zero. {@code coef} gets natural order.
     */
    public static void quantize(int[] workspace, int[] table, int[] coef) {
        for (int i = 0; i < DCTSIZE2; i++) {
            int qval = table[i] << 3;
            int temp = workspace[i];
            if (temp < 0) {
                temp = -temp;
                temp += qval >> 1;
                temp = temp >= qval ? temp / qval : 0;
                temp = -temp;
            } else {
                temp += qval >> 1;
                temp = temp >= qval ? temp / qval : 0;
            }
            coef[i] = temp;
        }
    }

    /** Number of bits of |value| (0 for 0): the JPEG size category. */
    public static int sizeCategory(int value) {
        return 32 - Integer.numberOfLeadingZeros(Math.abs(value));
    }

    /**
     * htest_one_block: counts the Huffman symbols one block would emit. {@code dcCounts} has 17
     * entries and {@code acCounts} 257; returns the number of magnitude bits appended after the
     * symbols (which the Huffman codes do not cover).
     */
    public static int countSymbols(int[] block, int lastDc, long[] dcCounts, long[] acCounts) {
        int nbits = sizeCategory(block[0] - lastDc);
        if (nbits > MAX_COEF_BITS + 1) {
            throw new IllegalStateException("DCT coefficient out of range");
        }
        dcCounts[nbits]++;
        int extraBits = nbits;
        int r = 0;
        for (int k = 1; k < DCTSIZE2; k++) {
            int temp = block[NATURAL_ORDER[k]];
            if (temp == 0) {
                r++;
            } else {
                while (r > 15) {
                    acCounts[0xF0]++;
                    r -= 16;
                }
                nbits = sizeCategory(temp);
                if (nbits > MAX_COEF_BITS) {
                    throw new IllegalStateException("DCT coefficient out of range");
                }
                acCounts[(r << 4) + nbits]++;
                extraBits += nbits;
                r = 0;
            }
        }
        if (r > 0) {
            acCounts[0]++;
        }
        return extraBits;
    }

    /**
     * jpeg_gen_optimal_table: Huffman code lengths (at most 16 bits, with the all-ones code
     * reserved) for symbol frequencies {@code frequencies[0..255]} (a shorter array means
     * zeros beyond its end). Returns the length of each symbol,
     * 0 for unused symbols. {@code bitsOut}, if not null, receives BITS[0..16].
     */
    public static int[] optimalCodeLengths(long[] frequencies, int[] bitsOut) {
        final int maxClen = 32;
        int[] bits = new int[maxClen + 1];
        int[] codesize = new int[257];
        int[] others = new int[257];
        long[] freq = new long[257];
        System.arraycopy(frequencies, 0, freq, 0, Math.min(256, frequencies.length));
        java.util.Arrays.fill(others, -1);
        freq[256] = 1; // reserves one code point, so no real symbol gets the all-ones code

        for (;;) {
            // The smallest nonzero frequency, the larger symbol on ties; then the next smallest.
            int c1 = -1;
            long v = Long.MAX_VALUE;
            for (int i = 0; i <= 256; i++) {
                if (freq[i] != 0 && freq[i] <= v) {
                    v = freq[i];
                    c1 = i;
                }
            }
            int c2 = -1;
            v = Long.MAX_VALUE;
            for (int i = 0; i <= 256; i++) {
                if (freq[i] != 0 && freq[i] <= v && i != c1) {
                    v = freq[i];
                    c2 = i;
                }
            }
            if (c2 < 0) {
                break;
            }
            freq[c1] += freq[c2];
            freq[c2] = 0;
            codesize[c1]++;
            while (others[c1] >= 0) {
                c1 = others[c1];
                codesize[c1]++;
            }
            others[c1] = c2;
            codesize[c2]++;
            while (others[c2] >= 0) {
                c2 = others[c2];
                codesize[c2]++;
            }
        }

        for (int i = 0; i <= 256; i++) {
            if (codesize[i] != 0) {
                if (codesize[i] > maxClen) {
                    throw new IllegalStateException("Huffman code length overflow");
                }
                bits[codesize[i]]++;
            }
        }
        // JPEG allows at most 16 bits: move over-long codes up the tree (section K.2).
        int i;
        for (i = maxClen; i > 16; i--) {
            while (bits[i] > 0) {
                int j = i - 2;
                while (bits[j] == 0) {
                    j--;
                }
                bits[i] -= 2;
                bits[i - 1]++;
                bits[j + 1] += 2;
                bits[j]--;
            }
        }
        // Remove the pseudo-symbol 256 from the largest code length.
        while (i > 0 && bits[i] == 0) {
            i--;
        }
        if (i > 0) {
            bits[i]--;
        }

        // Symbols sorted by their unadjusted code size get the adjusted lengths in order.
        int[] lengths = new int[256];
        int length = 1;
        int left = bits[1];
        for (int size = 1; size <= maxClen; size++) {
            for (int symbol = 0; symbol <= 255; symbol++) {
                if (codesize[symbol] == size) {
                    while (left == 0) {
                        length++;
                        left = bits[length];
                    }
                    lengths[symbol] = length;
                    left--;
                }
            }
        }
        if (bitsOut != null) {
            System.arraycopy(bits, 0, bitsOut, 0, 17);
        }
        return lengths;
    }
}
