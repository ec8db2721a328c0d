package samples.workloads;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench automotive/susan run as {@code susan in out -s}, {@code -e} and {@code -c} (default
 * thresholds t=20, d=4) on generated grayscale scenes. Each mode starts from the same input,
 * as the three separate runs of the original do. Instead of the output PGM the sample prints a
 * summary per mode: CRC-32 and sum of the smoothed image, edge point counts before and after
 * thinning, the first corners with their centroid offsets, and CRC-32s of the drawn images.
 */
public final class SusanSample implements Sample {

    private static final long SEED = 0x5A5A_0001L;
    private static final int PRINTED_CORNERS = 6;

    @Override
    public String name() {
        return "susan";
    }

    @Override
    public Category category() {
        return Category.AUTOMOTIVE;
    }

    @Override
    public String description() {
        return "SUSAN smoothing, edge and corner detection on generated images (MiBench susan)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int width = size.pick(240, 640);
        int height = size.pick(180, 480);
        int frames = size.pick(1, 6);
        XorShift64 random = new XorShift64(SEED);
        int[] smoothLut = Susan.brightnessLut(Susan.BT, 2);
        int[] edgeLut = Susan.brightnessLut(Susan.BT, 6);
        out.println(String.format(Locale.ROOT, "%d frame(s) of %dx%d, t=%d d=%.1f", frames, width, height,
                Susan.BT, Susan.DT));
        Crc32 all = new Crc32();
        for (int frame = 0; frame < frames; frame++) {
            byte[] input = SyntheticImage.scene(width, height, random, width * height / 5000, 2);
            out.println(String.format(Locale.ROOT, "frame %d: input crc %08X", frame, crc(input, all)));

            // -s
            byte[] smoothed = Susan.smoothing(input, width, height, Susan.DT, smoothLut);
            long sum = 0;
            for (byte b : smoothed) {
                sum += b & 0xFF;
            }
            StringBuilder samples = new StringBuilder();
            for (int k = 1; k <= 6; k++) {
                samples.append(' ').append(smoothed[(height / 2) * width + k * width / 7] & 0xFF);
            }
            out.println(String.format(Locale.ROOT, "  smoothing: crc %08X sum %d middle row%s",
                    crc(smoothed, all), sum, samples));

            // -e
            int[] r = new int[width * height];
            byte[] mid = new byte[width * height];
            Arrays.fill(mid, (byte) 100);
            Susan.edges(input, r, mid, edgeLut, Susan.MAX_NO_EDGES, width, height);
            int[] before = count(mid);
            Susan.thin(r, mid, width, height);
            int[] after = count(mid);
            byte[] edgeImage = input.clone();
            Susan.edgeDraw(edgeImage, mid, width);
            out.println(String.format(Locale.ROOT,
                    "  edges: %d points (%d gradient, %d symmetry), after thinning %d (%d moved, %d extended), image crc %08X",
                    before[1] + before[2], before[1], before[2], after[0], after[3], after[4], crc(edgeImage, all)));

            // -c
            List<Susan.Corner> corners = Susan.corners(input, r, edgeLut, Susan.MAX_NO_CORNERS, width, height);
            byte[] cornerImage = input.clone();
            Susan.cornerDraw(cornerImage, corners, width);
            StringBuilder first = new StringBuilder();
            for (int k = 0; k < Math.min(PRINTED_CORNERS, corners.size()); k++) {
                Susan.Corner c = corners.get(k);
                first.append(String.format(Locale.ROOT, " (%d,%d d=%d,%d I=%d)", c.x(), c.y(), c.dx(), c.dy(),
                        c.brightness()));
            }
            out.println(String.format(Locale.ROOT, "  corners: %d, image crc %08X", corners.size(), crc(cornerImage, all)));
            out.println("  first corners:" + first);
        }
        out.println(String.format(Locale.ROOT, "all images crc %08X", all.value()));
    }

    private static long crc(byte[] image, Crc32 all) {
        Crc32 crc = new Crc32();
        crc.update(image);
        all.update(image);
        return crc.value();
    }

    /** [edge points, marked 1, marked 2, marked 3, marked 4..7]. */
    private static int[] count(byte[] mid) {
        int[] counts = new int[5];
        for (byte m : mid) {
            if (m < 8) {
                counts[0]++;
                counts[Math.min(m, 4)]++;
            }
        }
        return counts;
    }
}
