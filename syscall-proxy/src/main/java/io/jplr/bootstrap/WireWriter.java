package io.jplr.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes the arguments of a call or the body of an answer: big-endian integers, length-prefixed bytes and
 * UTF-8 strings. The encoding of equal values is equal byte for byte, which is what the master compares.
 */
public final class WireWriter {
    private byte[] bytes;
    private int length;

    public WireWriter() {
        this(64);
    }

    public WireWriter(int capacity) {
        bytes = new byte[capacity];
    }

    public WireWriter writeByte(int value) {
        ensure(1);
        bytes[length++] = (byte) value;
        return this;
    }

    public WireWriter writeBoolean(boolean value) {
        return writeByte(value ? 1 : 0);
    }

    public WireWriter writeInt(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    public WireWriter writeLong(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
        return this;
    }

    /** A byte array with its length; null is written as length -1. */
    public WireWriter writeBytes(byte[] value, int offset, int count) {
        if (value == null) {
            return writeInt(-1);
        }
        writeInt(count);
        ensure(count);
        System.arraycopy(value, offset, bytes, length, count);
        length += count;
        return this;
    }

    public WireWriter writeBytes(byte[] value) {
        return value == null ? writeInt(-1) : writeBytes(value, 0, value.length);
    }

    /** A string as UTF-8; null is distinct from the empty string. */
    public WireWriter writeString(String value) {
        return writeBytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public WireWriter writeStrings(String[] values) {
        if (values == null) {
            return writeInt(-1);
        }
        writeInt(values.length);
        for (String value : values) {
            writeString(value);
        }
        return this;
    }

    public int length() {
        return length;
    }

    /** The encoding's buffer; only the first {@link #length()} bytes are meaningful. */
    public byte[] buffer() {
        return bytes;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
