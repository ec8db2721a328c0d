package io.jplr.syscall.channel;

import static io.jplr.syscall.channel.RingDescriptor.HEADER_LENGTH;
import static io.jplr.syscall.channel.RingDescriptor.HEAD_OFFSET;
import static io.jplr.syscall.channel.RingDescriptor.KIND_OFFSET;
import static io.jplr.syscall.channel.RingDescriptor.LENGTH_OFFSET;
import static io.jplr.syscall.channel.RingDescriptor.PADDING_KIND;
import static io.jplr.syscall.channel.RingDescriptor.RECORD_HEADER_LENGTH;
import static io.jplr.syscall.channel.RingDescriptor.SEQUENCE_OFFSET;
import static io.jplr.syscall.channel.RingDescriptor.STREAM_OFFSET;
import static io.jplr.syscall.channel.RingDescriptor.TAIL_OFFSET;
import static io.jplr.syscall.channel.RingDescriptor.align;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A single-producer, single-consumer ring of records over a region of shared memory (see
 * {@link RingDescriptor}). One process produces, the other consumes; within a process, callers serialize
 * their own access. The producer claims room, writes the payload in place and commits; the consumer polls a
 * record, reads it in place and releases it. Nothing is copied twice and nothing is allocated per record.
 *
 * <p>The consumer treats the producer as untrusted: a position or length no correct producer writes raises
 * {@link ChannelCorruptedException} instead of reading out of bounds or looping.
 */
public final class RingBuffer {
    private static final VarHandle LONGS =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final ByteBuffer header;
    private final ByteBuffer data;
    private final int capacity;
    private final int mask;

    // producer state
    private long tail;
    private int claimedIndex = -1;
    private int claimedLength;

    // consumer state
    private long head;

    /** A ring over {@code region}: its header followed by a power-of-two data area. */
    public RingBuffer(ByteBuffer region) {
        ByteBuffer local = region.duplicate().order(ByteOrder.nativeOrder());
        this.capacity = local.capacity() - HEADER_LENGTH;
        RingDescriptor.checkCapacity(capacity);
        this.mask = capacity - 1;
        this.header = local.slice(0, HEADER_LENGTH).order(ByteOrder.nativeOrder());
        this.data = local.slice(HEADER_LENGTH, capacity).order(ByteOrder.nativeOrder());
        this.tail = (long) LONGS.getAcquire(header, TAIL_OFFSET);
        this.head = (long) LONGS.getAcquire(header, HEAD_OFFSET);
    }

    public int capacity() {
        return capacity;
    }

    public int maxPayload() {
        return RingDescriptor.maxPayload(capacity);
    }

    /** The data area; payloads are written and read at the indexes the ring hands out. */
    public ByteBuffer buffer() {
        return data;
    }

    // ---------------------------------------------------------------- producer

    /**
     * Claims room for a payload of {@code payloadLength} bytes. Returns the index at which to write it, or -1
     * when the consumer has not freed enough room yet (the caller idles and tries again).
     */
    public int tryClaim(int payloadLength) {
        if (payloadLength < 0 || payloadLength > maxPayload()) {
            throw new IllegalArgumentException("payload of " + payloadLength + " bytes exceeds " + maxPayload());
        }
        int length = RECORD_HEADER_LENGTH + payloadLength;
        int needed = align(length);
        int index = (int) (tail & mask);
        int padding = index + needed > capacity ? capacity - index : 0;
        long consumed = (long) LONGS.getAcquire(header, HEAD_OFFSET);
        if (capacity - (tail - consumed) < padding + needed) {
            return -1;
        }
        if (padding > 0) {
            data.putInt(index + LENGTH_OFFSET, padding);
            data.putInt(index + KIND_OFFSET, PADDING_KIND);
            tail += padding;
            index = 0;
        }
        claimedIndex = index;
        claimedLength = length;
        return index + RECORD_HEADER_LENGTH;
    }

    /** Publishes the claimed record. */
    public void commit(int kind, long stream, long sequence) {
        int index = claimedIndex;
        if (index < 0) {
            throw new IllegalStateException("nothing claimed");
        }
        data.putInt(index + LENGTH_OFFSET, claimedLength);
        data.putInt(index + KIND_OFFSET, kind);
        data.putLong(index + STREAM_OFFSET, stream);
        data.putLong(index + SEQUENCE_OFFSET, sequence);
        tail += align(claimedLength);
        claimedIndex = -1;
        LONGS.setRelease(header, TAIL_OFFSET, tail);
    }

    // ---------------------------------------------------------------- consumer

    /** Fills {@code view} with the next record and returns true, or returns false when there is none. */
    public boolean poll(RecordView view) throws ChannelCorruptedException {
        while (true) {
            long published = (long) LONGS.getAcquire(header, TAIL_OFFSET);
            long available = published - head;
            if (available == 0) {
                return false;
            }
            if (available < 0 || available > capacity || (available & (RingDescriptor.ALIGNMENT - 1)) != 0) {
                throw new ChannelCorruptedException("ring tail " + published + " is impossible for head " + head);
            }
            int index = (int) (head & mask);
            int length = data.getInt(index + LENGTH_OFFSET);
            int kind = data.getInt(index + KIND_OFFSET);
            if (kind == PADDING_KIND) {
                if (length != capacity - index || length > available) {
                    throw new ChannelCorruptedException("padding of " + length + " bytes at " + index);
                }
                head += length;
                LONGS.setRelease(header, HEAD_OFFSET, head);
                continue;
            }
            if (length < RECORD_HEADER_LENGTH || length > capacity - index || align(length) > available) {
                throw new ChannelCorruptedException("record of " + length + " bytes at " + index);
            }
            view.buffer = data;
            view.index = index;
            view.length = length;
            view.kind = kind;
            view.stream = data.getLong(index + STREAM_OFFSET);
            view.sequence = data.getLong(index + SEQUENCE_OFFSET);
            return true;
        }
    }

    /** Frees the record last returned by {@link #poll} for the producer to reuse. */
    public void release(RecordView view) {
        head += align(view.length);
        LONGS.setRelease(header, HEAD_OFFSET, head);
    }

    /** Consumer side: whether a record is waiting, read with a full fence for the doorbell handshake. */
    public boolean hasRecord() {
        VarHandle.fullFence();
        return (long) LONGS.getVolatile(header, TAIL_OFFSET) != head;
    }

    /** Whether the consumer has taken everything the producer published. */
    public boolean drained() {
        return (long) LONGS.getAcquire(header, TAIL_OFFSET) == (long) LONGS.getAcquire(header, HEAD_OFFSET);
    }
}
