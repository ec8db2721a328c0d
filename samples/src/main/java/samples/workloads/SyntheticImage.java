package samples.workloads;

/**
 * Generated 8-bit grayscale scenes standing in for the PGM/PPM inputs of the MiBench image
 * programs: a smooth background gradient, overlapping rectangles, shaded rectangles and disks
 * of random size and brightness, then a little uniform noise. Integer arithmetic only.
 */
final class SyntheticImage {

    private SyntheticImage() {
    }

    /** Row-major pixels, values 0..255 stored in the low byte. */
    static byte[] scene(int width, int height, XorShift64 random, int shapes, int noise) {
        int[] image = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image[y * width + x] = 60 + 80 * x / width + 40 * y / height;
            }
        }
        int maxSide = Math.max(8, Math.min(width, height) / 5);
        for (int s = 0; s < shapes; s++) {
            int kind = random.nextInt(3);
            int w = 6 + random.nextInt(maxSide);
            int h = 6 + random.nextInt(maxSide);
            int x0 = random.nextInt(width) - w / 2;
            int y0 = random.nextInt(height) - h / 2;
            int level = random.nextInt(256);
            int slope = random.nextInt(121) - 60;
            for (int y = Math.max(0, y0); y < Math.min(height, y0 + h); y++) {
                for (int x = Math.max(0, x0); x < Math.min(width, x0 + w); x++) {
                    switch (kind) {
                        case 0 -> image[y * width + x] = level;
                        case 1 -> image[y * width + x] = level + slope * (x - x0) / w;
                        default -> {
                            // Disk inscribed in the box (an ellipse if w != h).
                            long dx = 2L * (x - x0) - w + 1;
                            long dy = 2L * (y - y0) - h + 1;
                            if (dx * dx * h * h + dy * dy * w * w <= (long) w * w * h * h) {
                                image[y * width + x] = level;
                            }
                        }
                    }
                }
            }
        }
        byte[] pixels = new byte[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int v = image[i] + (noise > 0 ? random.nextInt(2 * noise + 1) - noise : 0);
            pixels[i] = (byte) Math.max(0, Math.min(255, v));
        }
        return pixels;
    }
}
