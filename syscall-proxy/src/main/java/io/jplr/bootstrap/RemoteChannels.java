package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.AsynchronousCloseException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.util.Objects;
import java.util.Set;

/**
 * What the replica's network channels share: opening the master's channel, the address checks the JDK's
 * channels make before any system call (so that they fail alike, without a call), option calls, and
 * transfers, where one read or write of the master's channel fills or drains several buffers.
 */
final class RemoteChannels {
    private static final byte[] IPV4_LOOPBACK = {127, 0, 0, 1};
    private static final byte[] IPV6_LOOPBACK = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

    private RemoteChannels() {
    }

    /** The master's new channel: its handle and the options it supports. */
    static final class Opened {
        final int handle;
        final Set<SocketOption<?>> options;

        Opened(int handle, Set<SocketOption<?>> options) {
            this.handle = handle;
            this.options = options;
        }
    }

    static Opened open(ChannelKind kind, ProtocolFamily family) {
        WireWriter arguments = new WireWriter().writeInt(kind.code()).writeInt(SocketOptionCodec.familyCode(family));
        WireReader answer = Remote.reader(Remote.call(Call.CHANNEL_OPEN, arguments));
        int handle = answer.readInt();
        return new Opened(handle, SocketOptionCodec.readOptionNames(answer));
    }

    /** {@code sun.nio.ch.Net.checkAddress}: an InetSocketAddress with a resolved address. */
    static InetSocketAddress checkAddress(SocketAddress address) {
        if (address == null) {
            throw new NullPointerException();
        }
        if (!(address instanceof InetSocketAddress)) {
            throw new UnsupportedAddressTypeException();
        }
        InetSocketAddress endpoint = (InetSocketAddress) address;
        if (endpoint.isUnresolved()) {
            throw new UnresolvedAddressException();
        }
        return endpoint;
    }

    /** The address a SocketChannel connects to: the wildcard address means the loopback, as natively. */
    static InetSocketAddress checkRemote(SocketAddress address) {
        InetSocketAddress endpoint = checkAddress(address);
        InetAddress host = endpoint.getAddress();
        if (!host.isAnyLocalAddress()) {
            return endpoint;
        }
        try {
            byte[] loopback = host instanceof Inet4Address ? IPV4_LOOPBACK : IPV6_LOOPBACK;
            return new InetSocketAddress(InetAddress.getByAddress(loopback), endpoint.getPort());
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static WireWriter withHandle(int handle) {
        return new WireWriter().writeInt(handle);
    }

    /** SocketChannel's option checks, in the JDK's order, then the master's channel. */
    static void setOption(int handle, Set<SocketOption<?>> supported, SocketOption<?> name, Object value,
            boolean open) throws IOException {
        Objects.requireNonNull(name);
        if (!supported.contains(name)) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
        if (!name.type().isInstance(value)) {
            throw new IllegalArgumentException("Invalid value '" + value + "'");
        }
        ensureOpen(open);
        WireWriter arguments = withHandle(handle).writeString(name.name());
        SocketOptionCodec.writeValue(arguments, value);
        Remote.call(Call.CHANNEL_SET_OPTION, arguments);
    }

    static Object getOption(int handle, Set<SocketOption<?>> supported, SocketOption<?> name, boolean open)
            throws IOException {
        Objects.requireNonNull(name);
        if (!supported.contains(name)) {
            throw new UnsupportedOperationException("'" + name + "' not supported");
        }
        ensureOpen(open);
        return SocketOptionCodec.readValue(Remote.reader(
                Remote.call(Call.CHANNEL_GET_OPTION, withHandle(handle).writeString(name.name()))));
    }

    /**
     * How a closed channel fails an accept, receive or send. Up to JDK 22 the JDK checks that the channel is
     * open only once it has marked the start of an operation that may block, so a blocking one reports the
     * channel as closed asynchronously; JDK 23 checks first.
     */
    static ClosedChannelException closed(boolean blocking) {
        return blocking && Runtime.version().feature() < 23 ? new AsynchronousCloseException()
                : new ClosedChannelException();
    }

    static void ensureOpen(boolean open) throws IOException {
        if (!open) {
            throw new ClosedChannelException();
        }
    }

    /** Closes the master's channel, unless this replica is past its exit (its shutdown hooks close channels). */
    static void close(int handle) {
        if (Boundary.handler() != null) {
            Remote.call(Call.CHANNEL_CLOSE, withHandle(handle));
        }
    }

    /** Bytes left in {@code buffers[offset, offset + length)}; a read fails on a read-only buffer, as natively. */
    static long remaining(ByteBuffer[] buffers, int offset, int length, boolean reading) {
        Objects.checkFromIndexSize(offset, length, buffers.length);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            ByteBuffer buffer = Objects.requireNonNull(buffers[i]);
            if (reading && buffer.isReadOnly()) {
                throw new IllegalArgumentException("Read-only buffer");
            }
            total += buffer.remaining();
        }
        return total;
    }

    /** One read of the master's channel into the buffers: the count read, or -1 at the end of the stream. */
    static long read(int handle, ByteBuffer[] buffers, int offset, int length) throws IOException {
        long total = remaining(buffers, offset, length, true);
        if (total == 0) {
            return 0;
        }
        int wanted = (int) Math.min(total, Boundary.MAX_READ);
        byte[] got = Remote.call(Call.CHANNEL_READ, withHandle(handle).writeInt(wanted)).readBytes(wanted);
        if (got == null) {
            return -1;
        }
        scatter(got, buffers, offset, length);
        return got.length;
    }

    static void scatter(byte[] bytes, ByteBuffer[] buffers, int offset, int length) {
        int at = 0;
        for (int i = offset; i < offset + length && at < bytes.length; i++) {
            int count = Math.min(buffers[i].remaining(), bytes.length - at);
            buffers[i].put(bytes, at, count);
            at += count;
        }
    }

    /**
     * Writes the buffers' bytes through the master's channel, in chunks of at most one call, and moves the
     * buffers past what it wrote. A non-blocking channel may write less than a chunk: then that is all.
     */
    static long write(int handle, ByteBuffer[] buffers, int offset, int length) throws IOException {
        return write(handle, buffers, offset, length, false);
    }

    /**
     * @param datagram whether the bytes form one datagram: then they go in one call (a datagram beyond what a
     *        call carries is beyond what UDP carries too, and fails on the master as it would natively)
     */
    static long write(int handle, ByteBuffer[] buffers, int offset, int length, boolean datagram)
            throws IOException {
        long total = remaining(buffers, offset, length, false);
        long written = 0;
        while (written < total) {
            int chunk = (int) Math.min(total - written, FileBoundary.MAX_WRITE);
            byte[] bytes = gather(buffers, offset, length, chunk);
            WireReader answer = Remote.reader(Remote.call(Call.CHANNEL_WRITE, withHandle(handle).writeBytes(bytes)));
            int count = answer.readInt();
            if (count < 0 || count > chunk) {
                throw new IOException("jPLR: the master wrote " + count + " bytes of " + chunk);
            }
            skip(buffers, offset, length, count);
            written += count;
            if (count < chunk || datagram) {
                break;
            }
        }
        return written;
    }

    /** The next {@code count} bytes of the buffers, leaving their positions as they are. */
    static byte[] gather(ByteBuffer[] buffers, int offset, int length, int count) {
        byte[] bytes = new byte[count];
        int at = 0;
        for (int i = offset; i < offset + length && at < count; i++) {
            ByteBuffer view = buffers[i].duplicate();
            int n = Math.min(view.remaining(), count - at);
            view.get(bytes, at, n);
            at += n;
        }
        return bytes;
    }

    static void skip(ByteBuffer[] buffers, int offset, int length, int count) {
        for (int i = offset; i < offset + length && count > 0; i++) {
            int n = Math.min(buffers[i].remaining(), count);
            buffers[i].position(buffers[i].position() + n);
            count -= n;
        }
    }

    static ByteBuffer[] one(ByteBuffer buffer) {
        return new ByteBuffer[] {Objects.requireNonNull(buffer)};
    }
}
