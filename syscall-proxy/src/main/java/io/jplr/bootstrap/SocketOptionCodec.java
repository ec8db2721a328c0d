package io.jplr.bootstrap;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Socket option values, addresses and endpoints on the wire. The options of {@code java.net.Socket} are
 * those of {@code java.net.SocketOptions}, by id; the options of channels are {@code SocketOption}s, by name
 * (the standard ones and {@code jdk.net.ExtendedSocketOptions}). Values are booleans or ints (SO_LINGER off
 * is {@code false} for sockets).
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

    /** An endpoint: its address (or null) and port. */
    public static void writeEndpoint(WireWriter out, InetSocketAddress endpoint) {
        writeAddress(out, endpoint == null ? null : endpoint.getAddress());
        out.writeInt(endpoint == null ? 0 : endpoint.getPort());
    }

    /** An endpoint written by {@link #writeEndpoint}: null when it had no address. */
    public static InetSocketAddress readEndpoint(WireReader in) {
        InetAddress address = readAddress(in);
        int port = readPort(in);
        return address == null ? null : new InetSocketAddress(address, port);
    }

    /** A port, 0 to 65535; anything else is malformed. */
    public static int readPort(WireReader in) {
        int port = in.readInt();
        if (port < 0 || port > 0xFFFF) {
            throw new MalformedCallException("port " + port);
        }
        return port;
    }

    /**
     * The option with this name that a channel may support, or null: the standard options and those of
     * {@code jdk.net.ExtendedSocketOptions} (looked up by name, so that a JDK without one, or without the
     * jdk.net module, simply lacks it).
     */
    public static SocketOption<?> option(String name) {
        if (name == null) {
            return null;
        }
        switch (name) {
            case "SO_BROADCAST": return StandardSocketOptions.SO_BROADCAST;
            case "SO_KEEPALIVE": return StandardSocketOptions.SO_KEEPALIVE;
            case "SO_SNDBUF": return StandardSocketOptions.SO_SNDBUF;
            case "SO_RCVBUF": return StandardSocketOptions.SO_RCVBUF;
            case "SO_REUSEADDR": return StandardSocketOptions.SO_REUSEADDR;
            case "SO_REUSEPORT": return StandardSocketOptions.SO_REUSEPORT;
            case "SO_LINGER": return StandardSocketOptions.SO_LINGER;
            case "IP_TOS": return StandardSocketOptions.IP_TOS;
            case "IP_MULTICAST_IF": return StandardSocketOptions.IP_MULTICAST_IF;
            case "IP_MULTICAST_TTL": return StandardSocketOptions.IP_MULTICAST_TTL;
            case "IP_MULTICAST_LOOP": return StandardSocketOptions.IP_MULTICAST_LOOP;
            case "TCP_NODELAY": return StandardSocketOptions.TCP_NODELAY;
            default: return extendedOption(name);
        }
    }

    private static SocketOption<?> extendedOption(String name) {
        return ExtendedOptions.BY_NAME.get(name);
    }

    /** The options of {@code jdk.net.ExtendedSocketOptions} this JDK has, by name (none without jdk.net). */
    private static final class ExtendedOptions {
        static final Map<String, SocketOption<?>> BY_NAME = load();

        private static Map<String, SocketOption<?>> load() {
            Map<String, SocketOption<?>> options = new HashMap<>();
            try {
                for (Field field : Class.forName("jdk.net.ExtendedSocketOptions", true, null).getFields()) {
                    Object option = Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
                    if (option instanceof SocketOption) {
                        options.put(((SocketOption<?>) option).name(), (SocketOption<?>) option);
                    }
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException absent) {
                // No jdk.net in this runtime: only the standard options then.
            }
            return options;
        }
    }

    /** A channel's supported options: their names and the types of their values. */
    public static void writeOptionNames(WireWriter out, Set<SocketOption<?>> options) {
        out.writeInt(options.size());
        for (SocketOption<?> option : options) {
            out.writeString(option.name());
            out.writeByte(option.type() == Boolean.class ? BOOLEAN : option.type() == Integer.class ? INTEGER : NULL);
        }
    }

    /**
     * The options named, as this JVM knows them. One only the JDK itself can name is stood for by a
     * {@link RemoteSocketOption} when its values go on the wire; otherwise it is left out.
     */
    public static Set<SocketOption<?>> readOptionNames(WireReader in) {
        int count = in.readInt();
        if (count < 0 || count > 256) {
            throw new MalformedCallException(count + " option names");
        }
        Set<SocketOption<?>> options = new HashSet<>();
        for (int i = 0; i < count; i++) {
            String name = in.readString();
            int type = in.readByte();
            SocketOption<?> option = option(name);
            if (option == null && name != null && type == BOOLEAN) {
                option = new RemoteSocketOption<>(name, Boolean.class);
            } else if (option == null && name != null && type == INTEGER) {
                option = new RemoteSocketOption<>(name, Integer.class);
            }
            if (option != null) {
                options.add(option);
            }
        }
        return Collections.unmodifiableSet(options);
    }

    /** The option with this name among those a channel supports, or null. */
    public static SocketOption<?> supportedOption(Set<SocketOption<?>> supported, String name) {
        for (SocketOption<?> option : supported) {
            if (option.name().equals(name)) {
                return option;
            }
        }
        return null;
    }

    /** A protocol family on the wire: 0 for the default one, 1 INET, 2 INET6. */
    public static int familyCode(ProtocolFamily family) {
        if (family == null) {
            return 0;
        }
        return family == StandardProtocolFamily.INET ? 1 : 2;
    }

    public static ProtocolFamily family(int code) {
        switch (code) {
            case 0: return null;
            case 1: return StandardProtocolFamily.INET;
            case 2: return StandardProtocolFamily.INET6;
            default: throw new MalformedCallException("protocol family " + code);
        }
    }
}
