package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;

/**
 * A replica's {@code ServerSocketChannel}: the master holds the listening channel and accepts each
 * connection once; every replica receives the same accepted connection (a {@link RemoteSocketChannel}).
 */
final class RemoteServerSocketChannel extends ServerSocketChannel implements RemoteChannel {
    private final int handle;
    private final Set<SocketOption<?>> options;
    private final Object stateLock = new Object();
    private final Object acceptLock = new Object();
    private volatile InetSocketAddress localAddress;
    private ServerSocket socket;

    RemoteServerSocketChannel(SelectorProvider provider, int handle, Set<SocketOption<?>> options) {
        super(provider);
        this.handle = handle;
        this.options = options;
    }

    @Override
    public int handle() {
        return handle;
    }

    private void ensureOpen() throws ClosedChannelException {
        if (!isOpen()) {
            throw new ClosedChannelException();
        }
    }

    @Override
    public ServerSocketChannel bind(SocketAddress local, int backlog) throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            if (localAddress != null) {
                throw new AlreadyBoundException();
            }
            WireWriter arguments = RemoteChannels.withHandle(handle).writeBoolean(local != null);
            if (local != null) {
                SocketOptionCodec.writeEndpoint(arguments, RemoteChannels.checkAddress(local));
            }
            arguments.writeInt(backlog < 1 ? 50 : backlog);
            localAddress = SocketOptionCodec.readEndpoint(Remote.reader(Remote.call(Call.CHANNEL_BIND, arguments)));
        }
        return this;
    }

    @Override
    public <T> ServerSocketChannel setOption(SocketOption<T> name, T value) throws IOException {
        RemoteChannels.setOption(handle, options, name, value, isOpen());
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return (T) RemoteChannels.getOption(handle, options, name, isOpen());
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return options;
    }

    /** The ServerSocket view of this channel, made once, as natively. */
    @Override
    public ServerSocket socket() {
        synchronized (stateLock) {
            if (socket == null) {
                socket = new RemoteServerSocket(this);
            }
            return socket;
        }
    }

    InetSocketAddress localAddress() {
        return localAddress;
    }

    @Override
    public SocketChannel accept() throws IOException {
        synchronized (acceptLock) {
            if (!isOpen()) {
                throw RemoteChannels.closed(isBlocking());
            }
            if (localAddress == null) {
                throw new NotYetBoundException();
            }
            WireReader answer = Remote.reader(Remote.call(Call.CHANNEL_ACCEPT, RemoteChannels.withHandle(handle)));
            int accepted = answer.readInt();
            if (accepted < 0) {
                return null;
            }
            InetSocketAddress remote = SocketOptionCodec.readEndpoint(answer);
            InetSocketAddress local = SocketOptionCodec.readEndpoint(answer);
            Set<SocketOption<?>> acceptedOptions = SocketOptionCodec.readOptionNames(answer);
            return new RemoteSocketChannel(provider(), accepted, acceptedOptions, local, remote);
        }
    }

    @Override
    public SocketAddress getLocalAddress() throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            return localAddress;
        }
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        RemoteChannels.close(handle);
    }

    @Override
    protected void implConfigureBlocking(boolean block) throws IOException {
        Remote.call(Call.CHANNEL_CONFIGURE_BLOCKING, RemoteChannels.withHandle(handle).writeBoolean(block));
    }

    /**
     * As the JDK's ServerSocketChannelImpl prints itself (by its class name; the local address only up to
     * JDK 23, which still hid it from untrusted code).
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("sun.nio.ch.ServerSocketChannelImpl[");
        if (!isOpen()) {
            text.append("closed");
        } else if (localAddress == null) {
            text.append("unbound");
        } else if (Runtime.version().feature() < 24) {
            text.append(localAddress);
        }
        return text.append(']').toString();
    }
}
