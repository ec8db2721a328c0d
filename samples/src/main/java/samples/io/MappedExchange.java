package samples.io;

import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The layout of the file through which {@code mapped-exchange} and {@code mapped-peer} talk: one request slot
 * and one answer slot, each a value written before the number that announces it. Number 0 means nothing yet,
 * -1 the end.
 */
final class MappedExchange {
    static final int SIZE = 4096;
    static final int REQUEST_VALUE = 0;
    static final int REQUEST_NUMBER = 8;
    static final int ANSWER_VALUE = 16;
    static final int ANSWER_NUMBER = 24;
    static final int END = -1;

    private MappedExchange() {
    }

    /** The file mapped read-write, its size made {@link #SIZE} if it was smaller. */
    static MappedByteBuffer map(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            return channel.map(FileChannel.MapMode.READ_WRITE, 0, SIZE);
        }
    }

    /** What the peer answers to a value. */
    static long answer(long value) {
        return value * 31 + 7;
    }
}
