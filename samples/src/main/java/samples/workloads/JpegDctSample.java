package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench consumer/jpeg ({@code cjpeg -dct int -optimize}), reduced to its core stage on a
 * generated grayscale image: level shift, integer forward DCT of every 8x8 block, quantization
 * by the standard luminance table scaled to a quality, zig-zag scan, and the DC-difference and
 * run/size symbol statistics from which optimal Huffman tables are built. Each quality is one
 * encoding pass; the output is the block count, the size-category histograms, the estimated
 * entropy-coded size and CRC-32s of the quantized coefficients.
 */
public final class JpegDctSample implements Sample {

    private static final long SEED = 0x1BE6_0DC7L;
    private static final int[] QUALITIES = {5, 25, 50, 75, 90, 100};

    @Override
    public String name() {
        return "jpeg-dct";
    }

    @Override
    public Category category() {
        return Category.CONSUMER;
    }

    @Override
    public String description() {
        return "JPEG encoder core: integer DCT, quantization, zig-zag run/size statistics (MiBench jpeg)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int width = size.pick(320, 1280);
        int height = size.pick(240, 960);
        int frames = size.pick(1, 8);
        XorShift64 random = new XorShift64(SEED);
        int blocksPerFrame = ((width + 7) / 8) * ((height + 7) / 8);
        out.println(String.format(Locale.ROOT, "%d frame(s) of %dx%d, %d blocks each, qualities %s",
                frames, width, height, blocksPerFrame, java.util.Arrays.toString(QUALITIES)));
        Crc32 all = new Crc32();
        for (int frame = 0; frame < frames; frame++) {
            byte[] image = SyntheticImage.scene(width, height, random, width * height / 4000, 3);
            Crc32 imageCrc = new Crc32();
            imageCrc.update(image);
            out.println(String.format(Locale.ROOT, "frame %d: image crc %08X", frame, imageCrc.value()));
            for (int quality : QUALITIES) {
                Result r = encode(image, width, height, quality);
                all.update(Long.toHexString(r.coefficientCrc.value()));
                out.println(String.format(Locale.ROOT,
                        "  q%-3d blocks %d nonzero %d eob %d zrl %d huffman %d+%d bits est %d bytes coef crc %08X",
                        quality, r.blocks, r.nonzero, r.acCounts[0], r.acCounts[0xF0], r.huffmanBits,
                        r.extraBits, (r.huffmanBits + r.extraBits + 7) / 8, r.coefficientCrc.value()));
                if (frame == 0) {
                    out.println("       dc sizes" + histogram(r.dcCounts, 0, JpegDct.MAX_COEF_BITS + 1));
                    out.println("       ac sizes" + histogram(r.acSizes, 1, JpegDct.MAX_COEF_BITS));
                    StringBuilder firstBlock = new StringBuilder("       block 0 zigzag");
                    for (int k = 0; k < 16; k++) {
                        firstBlock.append(' ').append(r.firstBlock[JpegDct.NATURAL_ORDER[k]]);
                    }
                    out.println(firstBlock);
                }
            }
        }
        out.println(String.format(Locale.ROOT, "all passes crc %08X", all.value()));
    }

    private static String histogram(long[] counts, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i <= to; i++) {
            text.append(' ').append(i).append(':').append(counts[i]);
        }
        return text.toString();
    }

    /** Statistics of one encoding pass. */
    static final class Result {
        int blocks;
        long nonzero;
        final long[] dcCounts = new long[17];
        final long[] acCounts = new long[257];
        /** AC coefficients per size category, whatever their run. */
        final long[] acSizes = new long[17];
        long extraBits;
        long huffmanBits;
        final Crc32 coefficientCrc = new Crc32();
        final int[] firstBlock = new int[JpegDct.DCTSIZE2];
    }

    /** One pass over the image; edge blocks repeat the last column and row, as libjpeg pads. */
    static Result encode(byte[] image, int width, int height, int quality) {
        int[] table = JpegDct.quantTable(quality);
        Result r = new Result();
        int[] workspace = new int[JpegDct.DCTSIZE2];
        int[] coef = new int[JpegDct.DCTSIZE2];
        byte[] zigzag = new byte[2 * JpegDct.DCTSIZE2];
        int lastDc = 0;
        for (int by = 0; by < height; by += 8) {
            for (int bx = 0; bx < width; bx += 8) {
                for (int y = 0; y < 8; y++) {
                    int row = Math.min(by + y, height - 1) * width;
                    for (int x = 0; x < 8; x++) {
                        workspace[y * 8 + x] = (image[row + Math.min(bx + x, width - 1)] & 0xFF) - 128;
                    }
                }
                JpegDct.fdctIslow(workspace);
                JpegDct.quantize(workspace, table, coef);
                r.extraBits += JpegDct.countSymbols(coef, lastDc, r.dcCounts, r.acCounts);
                lastDc = coef[0];
                for (int k = 0; k < JpegDct.DCTSIZE2; k++) {
                    int c = coef[JpegDct.NATURAL_ORDER[k]];
                    zigzag[2 * k] = (byte) (c >> 8);
                    zigzag[2 * k + 1] = (byte) c;
                    if (c != 0) {
                        if (k > 0) {
                            r.acSizes[JpegDct.sizeCategory(c)]++;
                        }
                        r.nonzero++;
                    }
                }
                r.coefficientCrc.update(zigzag);
                if (r.blocks == 0) {
                    System.arraycopy(coef, 0, r.firstBlock, 0, coef.length);
                }
                r.blocks++;
            }
        }
        int[] dcLengths = JpegDct.optimalCodeLengths(r.dcCounts, null);
        int[] acLengths = JpegDct.optimalCodeLengths(r.acCounts, null);
        for (int s = 0; s < 256; s++) {
            r.huffmanBits += (s < r.dcCounts.length ? r.dcCounts[s] * dcLengths[s] : 0) + r.acCounts[s] * acLengths[s];
        }
        return r;
    }
}
