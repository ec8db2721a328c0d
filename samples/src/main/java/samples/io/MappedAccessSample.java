package samples.io;

import java.io.PrintStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * A probe of the cost of one access to a memory-mapped file: COUNT reads or writes of a long, 64 bytes apart,
 * cycling through a 1 MiB mapping of FILE; prints a checksum of what it read (or of the last value written).
 */
public final class MappedAccessSample implements Sample {
    private static final int SIZE = 1 << 20;
    private static final int STRIDE = 64;

    @Override
    public String name() {
        return "mapped-access";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "reads or writes longs of a 1 MiB memory-mapped file (args: FILE reads|writes COUNT)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws Exception {
        if (args.length < 3 || !(args[1].equals("reads") || args[1].equals("writes"))) {
            throw new IllegalArgumentException("usage: mapped-access [small|large] FILE reads|writes COUNT");
        }
        long count = Long.parseLong(args[2]);
        MappedByteBuffer map;
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            map = channel.map(FileChannel.MapMode.READ_WRITE, 0, SIZE);
        }
        long checksum = 0;
        int offset = 0;
        if (args[1].equals("reads")) {
            for (long i = 0; i < count; i++) {
                checksum = checksum * 31 + map.getLong(offset);
                offset = (offset + STRIDE) & (SIZE - 1);
            }
        } else {
            for (long i = 0; i < count; i++) {
                checksum = i * 0x9E3779B97F4A7C15L;
                map.putLong(offset, checksum);
                offset = (offset + STRIDE) & (SIZE - 1);
            }
        }
        out.println(args[1] + " " + count + " checksum " + Long.toHexString(checksum));
    }
}
