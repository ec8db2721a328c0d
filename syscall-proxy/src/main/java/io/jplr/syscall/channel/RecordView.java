package io.jplr.syscall.channel;

import java.nio.ByteBuffer;

/** A record that {@link RingBuffer#poll} found; valid until {@link RingBuffer#release}. Reused, never shared. */
public final class RecordView {
    ByteBuffer buffer;
    int index;
    int length;
    int kind;
    long stream;
    long sequence;

    public int kind() {
        return kind;
    }

    public long stream() {
        return stream;
    }

    public long sequence() {
        return sequence;
    }

    /** The buffer that holds the payload, at {@link #payloadIndex()}. Do not keep it past release. */
    public ByteBuffer buffer() {
        return buffer;
    }

    public int payloadIndex() {
        return index + RingDescriptor.RECORD_HEADER_LENGTH;
    }

    public int payloadLength() {
        return length - RingDescriptor.RECORD_HEADER_LENGTH;
    }

    public byte[] payloadCopy() {
        byte[] copy = new byte[payloadLength()];
        buffer.get(payloadIndex(), copy);
        return copy;
    }
}
