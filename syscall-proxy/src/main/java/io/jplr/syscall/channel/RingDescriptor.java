package io.jplr.syscall.channel;

/**
 * Memory layout of one single-producer, single-consumer ring.
 *
 * <pre>
 *   0   tail: bytes ever published by the producer (long, release/acquire)
 *   64  head: bytes ever consumed by the consumer (long, release/acquire)
 *   128 data: capacity bytes, a power of two
 * </pre>
 *
 * Tail and head sit on separate cache lines so the two processes do not false-share. A record is
 * {@code [int length][int kind][long stream][long sequence][payload]}, starts 8-byte aligned and never wraps:
 * when it does not fit before the end, a padding record fills the rest and the record starts at 0.
 */
public final class RingDescriptor {
    public static final int TAIL_OFFSET = 0;
    public static final int HEAD_OFFSET = 64;
    public static final int HEADER_LENGTH = 128;

    public static final int LENGTH_OFFSET = 0;
    public static final int KIND_OFFSET = 4;
    public static final int STREAM_OFFSET = 8;
    public static final int SEQUENCE_OFFSET = 16;
    public static final int RECORD_HEADER_LENGTH = 24;
    public static final int ALIGNMENT = 8;

    /** The kind of a record that only fills the ring's end. */
    public static final int PADDING_KIND = -1;

    private RingDescriptor() {
    }

    public static int align(int length) {
        return (length + ALIGNMENT - 1) & -ALIGNMENT;
    }

    /** The largest payload one record may carry in a ring of this capacity. */
    public static int maxPayload(int capacity) {
        return capacity / 4 - RECORD_HEADER_LENGTH;
    }

    public static void checkCapacity(int capacity) {
        if (capacity < 1024 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("ring capacity must be a power of two >= 1024: " + capacity);
        }
    }
}
