package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench telecomm/CRC32: the original prints {@code CRC length filename} for each input file;
 * here the "files" are generated blocks of pseudo-random bytes of varying length.
 */
public final class Crc32Sample implements Sample {

    private static final long SEED = 0xC3C3_2032L;

    @Override
    public String name() {
        return "crc32";
    }

    @Override
    public Category category() {
        return Category.TELECOMM;
    }

    @Override
    public String description() {
        return "table-driven CRC-32 over generated data blocks (MiBench CRC32)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int blocks = size.pick(16, 48);
        int maxLength = size.pick(32 * 1024, 8 * 1024 * 1024);
        XorShift64 random = new XorShift64(SEED);
        byte[] buffer = new byte[maxLength];
        Crc32 all = new Crc32();
        long totalBytes = 0;
        for (int block = 0; block < blocks; block++) {
            // Lengths between half and all of the buffer, so that odd sizes are covered too.
            int length = maxLength / 2 + random.nextInt(maxLength / 2 + 1);
            random.nextBytes(buffer);
            Crc32 crc = new Crc32();
            crc.update(buffer, 0, length);
            all.update(buffer, 0, length);
            totalBytes += length;
            out.println(String.format(Locale.ROOT, "%08X %8d block-%02d", crc.value(), length, block));
        }
        out.println(String.format(Locale.ROOT, "%08X %8d all blocks", all.value(), totalBytes));
    }
}
