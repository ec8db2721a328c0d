package io.jplr.bootstrap;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Socket option values and addresses on the wire. Options are those of {@code java.net.SocketOptions}, by
 * id; their values are booleans or ints (SO_LINGER off is {@code false}).
 */
public final class SocketOptionCodec {
    private static final int NULL = 0;
    private static final int BOOLEAN = 1;
    private static final int INTEGER = 2;

    private SocketOptionCodec() {
    }

    public static void writeValue(WireWriter out, Object value) {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean) {
            out.writeByte(BOOLEAN).writeBoolean((Boolean) value);
        } else if (value instanceof Integer) {
            out.writeByte(INTEGER).writeInt((Integer) value);
        } else {
            throw new UnsupportedOperationException("jPLR: a socket option of type " + value.getClass().getName()
                    + " is not replicated yet");
        }
    }

    public static Object readValue(WireReader in) {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case BOOLEAN:
                return in.readBoolean();
            case INTEGER:
                return in.readInt();
            default:
                throw new MalformedCallException("socket option tag " + tag);
        }
    }

    public static void writeAddress(WireWriter out, InetAddress address) {
        out.writeBytes(address == null ? null : address.getAddress());
    }

    /** An address by its bytes (4 or 16), or null; anything else is malformed. */
    public static InetAddress readAddress(WireReader in) {
        byte[] bytes = in.readBytes();
        if (bytes == null) {
            return null;
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new MalformedCallException("an address of " + bytes.length + " bytes");
        }
    }
}
