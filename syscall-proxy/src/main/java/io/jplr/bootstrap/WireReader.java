package io.jplr.bootstrap;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Decodes what {@link WireWriter} encoded. The master reads replicas' arguments with it, so every length is
 * checked against what is left: garbage raises {@link MalformedCallException}, never an allocation of a
 * size the sender chose or a read past the end.
 */
public final class WireReader {
    private final byte[] bytes;
    private int position;
    private final int end;

    public WireReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public WireReader(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    public int readByte() {
        need(1);
        return bytes[position++];
    }

    public boolean readBoolean() {
        int value = readByte();
        if (value != 0 && value != 1) {
            throw new MalformedCallException("boolean " + value);
        }
        return value == 1;
    }

    public int readInt() {
        need(4);
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value = (value << 8) | (bytes[position++] & 0xff);
        }
        return value;
    }

    public long readLong() {
        need(8);
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (bytes[position++] & 0xff);
        }
        return value;
    }

    /** A length-prefixed byte array, or null. */
    public byte[] readBytes() {
        int count = readInt();
        if (count == -1) {
            return null;
        }
        if (count < 0) {
            throw new MalformedCallException("length " + count);
        }
        need(count);
        byte[] value = Arrays.copyOfRange(bytes, position, position + count);
        position += count;
        return value;
    }

    public String readString() {
        byte[] value = readBytes();
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    public String[] readStrings() {
        int count = readInt();
        if (count == -1) {
            return null;
        }
        // Every string takes at least its 4-byte length: a count beyond that is garbage.
        if (count < 0 || count > (end - position) / 4) {
            throw new MalformedCallException("string count " + count);
        }
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = readString();
        }
        return values;
    }

    public int position() {
        return position;
    }

    public byte[] array() {
        return bytes;
    }

    /** Fails unless every byte was read: trailing garbage is garbage too. */
    public void expectEnd() {
        if (position != end) {
            throw new MalformedCallException((end - position) + " unexpected trailing bytes");
        }
    }

    private void need(int count) {
        if (count > end - position) {
            throw new MalformedCallException("truncated: " + count + " bytes needed, " + (end - position) + " left");
        }
    }
}
