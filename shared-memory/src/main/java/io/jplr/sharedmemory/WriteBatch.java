package io.jplr.sharedmemory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Consecutive writes of one thread into mapped files, sent to the master as one output, compared as one and
 * applied in order. Each entry is {@code mapping (int), offset (long), length (int), bytes}, little-endian. A
 * write that continues the previous entry extends it, and a write of the same bytes' place as the previous
 * entry replaces its value: what a store buffer merges, nobody outside could have seen apart.
 */
public final class WriteBatch {
    /** The header of one entry: mapping, offset, length. */
    public static final int ENTRY_HEADER = Integer.BYTES + Long.BYTES + Integer.BYTES;

    private final int capacity;
    private byte[] bytes;
    private int length;
    private int count;
    private int lastEntry = -1;

    /** @param capacity the largest encoding this batch grows to; {@link #fits} says when it is reached */
    public WriteBatch(int capacity) {
        if (capacity <= ENTRY_HEADER) {
            throw new IllegalArgumentException("a batch of " + capacity + " bytes holds no write");
        }
        this.capacity = capacity;
        this.bytes = new byte[Math.min(capacity, 256)];
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** The number of entries (merged writes count once). */
    public int entries() {
        return count;
    }

    /** The largest write one entry of an empty batch can take. */
    public int largestWrite() {
        return capacity - ENTRY_HEADER;
    }

    /** Whether {@code size} more bytes fit, whatever merging would save. */
    public boolean fits(int size) {
        return length + ENTRY_HEADER + size <= capacity;
    }

    /** Appends a write of {@code size} bytes of {@code source} from {@code from}; the caller checked {@link #fits}. */
    public void add(int mapping, long offset, byte[] source, int from, int size) {
        if (lastEntry >= 0 && entryMapping() == mapping) {
            long lastOffset = entryOffset();
            int lastLength = entryLength();
            if (offset == lastOffset && size == lastLength) {
                System.arraycopy(source, from, bytes, lastEntry + ENTRY_HEADER, size);
                return;
            }
            if (offset == lastOffset + lastLength) {
                ensure(length + size);
                System.arraycopy(source, from, bytes, length, size);
                length += size;
                view().putInt(lastEntry + Integer.BYTES + Long.BYTES, lastLength + size);
                return;
            }
        }
        ensure(length + ENTRY_HEADER + size);
        lastEntry = length;
        view().putInt(length, mapping).putLong(length + Integer.BYTES, offset)
                .putInt(length + Integer.BYTES + Long.BYTES, size);
        System.arraycopy(source, from, bytes, length + ENTRY_HEADER, size);
        length += ENTRY_HEADER + size;
        count++;
    }

    /** The encoding of the writes so far; the batch is empty afterwards. */
    public byte[] drain() {
        byte[] drained = Arrays.copyOf(bytes, length);
        length = 0;
        count = 0;
        lastEntry = -1;
        return drained;
    }

    private int entryMapping() {
        return view().getInt(lastEntry);
    }

    private long entryOffset() {
        return view().getLong(lastEntry + Integer.BYTES);
    }

    private int entryLength() {
        return view().getInt(lastEntry + Integer.BYTES + Long.BYTES);
    }

    private ByteBuffer view() {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private void ensure(int needed) {
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, Math.min(capacity, bytes.length * 2)));
        }
    }

    /** One write of a batch. */
    public record Write(int mapping, long offset, byte[] bytes) {
    }

    /**
     * The writes {@code encoded} holds, in order. Anything that is not a whole number of well-formed entries
     * (a replica may send garbage) is refused with the reason, before any write is applied.
     */
    public static List<Write> decode(byte[] encoded) {
        ByteBuffer in = ByteBuffer.wrap(encoded).order(ByteOrder.LITTLE_ENDIAN);
        List<Write> writes = new ArrayList<>();
        while (in.hasRemaining()) {
            if (in.remaining() < ENTRY_HEADER) {
                throw new IllegalArgumentException("a write batch ends inside an entry's header");
            }
            int mapping = in.getInt();
            long offset = in.getLong();
            int size = in.getInt();
            if (offset < 0 || size < 0 || size > in.remaining()) {
                throw new IllegalArgumentException("a write batch has an entry of " + size + " bytes at " + offset
                        + " with " + in.remaining() + " bytes left");
            }
            byte[] data = new byte[size];
            in.get(data);
            writes.add(new Write(mapping, offset, data));
        }
        return writes;
    }
}
