package io.jplr.faultinjector;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * A process's {@code /proc/PID/pagemap}: one native-endian 64-bit entry per virtual page, whose bit 63 says
 * the page is in RAM. Readable without privileges (the frame numbers are then zeroed, the flags are not).
 */
final class PageMap implements Closeable {
    private static final long PRESENT = 1L << 63;
    /** Entries read at once when scanning a mapping: 512 KiB of pagemap, 256 MiB of 4 KiB pages. */
    private static final int CHUNK = 1 << 16;

    private final FileChannel channel;
    private final long pageSize;

    private PageMap(FileChannel channel, long pageSize) {
        this.channel = channel;
        this.pageSize = pageSize;
    }

    static PageMap open(long pid, long pageSize) throws IOException {
        return new PageMap(FileChannel.open(ProcFiles.path(pid, "pagemap"), StandardOpenOption.READ), pageSize);
    }

    boolean isPresent(long address) throws IOException {
        ByteBuffer entry = ByteBuffer.allocate(Long.BYTES).order(ByteOrder.nativeOrder());
        long position = address / pageSize * Long.BYTES;
        while (entry.hasRemaining()) {
            if (channel.read(entry, position + entry.position()) < 0) {
                return false;
            }
        }
        return (entry.getLong(0) & PRESENT) != 0;
    }

    /** The number of present pages in [{@code start}, {@code end}). */
    long countPresent(long start, long end) throws IOException {
        return scan(start, end, -1);
    }

    /**
     * The address of the {@code n}-th present page (from 0) in [{@code start}, {@code end}), or -1 when there
     * are no longer that many.
     */
    long presentPage(long start, long end, long n) throws IOException {
        return scan(start, end, n);
    }

    /** Counts present pages; with {@code wanted} not negative, stops at that one and returns its address. */
    private long scan(long start, long end, long wanted) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK * Long.BYTES).order(ByteOrder.nativeOrder());
        long count = 0;
        for (long page = start / pageSize; page < end / pageSize;) {
            int entries = (int) Math.min(CHUNK, end / pageSize - page);
            bytes.clear().limit(entries * Long.BYTES);
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, page * Long.BYTES + bytes.position()) < 0) {
                    break;
                }
            }
            LongBuffer flags = bytes.flip().asLongBuffer();
            for (int i = 0; i < flags.limit(); i++) {
                if ((flags.get(i) & PRESENT) != 0) {
                    if (count == wanted) {
                        return (page + i) * pageSize;
                    }
                    count++;
                }
            }
            page += entries;
        }
        return wanted < 0 ? count : -1;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
