package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NoConnectionPendingException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;

/**
 * A replica's {@code SocketChannel}: the master holds the real channel, connects it once, reads once (every
 * replica receives the same bytes) and writes what the replicas agreed on. The connection state is kept
 * here as the JDK's channel keeps it, so that misuse fails alike without a call.
 */
final class RemoteSocketChannel extends SocketChannel implements RemoteChannel {
    private static final int UNCONNECTED = 0;
    private static final int PENDING = 1;
    private static final int CONNECTED = 2;

    private final int handle;
    private final Set<SocketOption<?>> options;
    private final Object stateLock = new Object();
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private volatile int state;
    private volatile boolean inputClosed;
    private volatile boolean outputClosed;
    private InetSocketAddress localAddress;
    private InetSocketAddress remoteAddress;

    RemoteSocketChannel(SelectorProvider provider, int handle, Set<SocketOption<?>> options) {
        super(provider);
        this.handle = handle;
        this.options = options;
    }

    /** A connection the master accepted. */
    RemoteSocketChannel(SelectorProvider provider, int handle, Set<SocketOption<?>> options,
            InetSocketAddress localAddress, InetSocketAddress remoteAddress) {
        this(provider, handle, options);
        this.state = CONNECTED;
        this.localAddress = localAddress;
        this.remoteAddress = remoteAddress;
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

    private void ensureOpenAndConnected() throws ClosedChannelException {
        ensureOpen();
        if (state != CONNECTED) {
            throw new NotYetConnectedException();
        }
    }

    @Override
    public SocketChannel bind(SocketAddress local) throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            if (state == PENDING) {
                throw new ConnectionPendingException();
            }
            if (localAddress != null) {
                throw new AlreadyBoundException();
            }
            WireWriter arguments = RemoteChannels.withHandle(handle).writeBoolean(local != null);
            if (local != null) {
                SocketOptionCodec.writeEndpoint(arguments, RemoteChannels.checkAddress(local));
            }
            arguments.writeInt(0);
            localAddress = SocketOptionCodec.readEndpoint(Remote.reader(Remote.call(Call.CHANNEL_BIND, arguments)));
        }
        return this;
    }

    @Override
    public <T> SocketChannel setOption(SocketOption<T> name, T value) throws IOException {
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

    @Override
    public SocketChannel shutdownInput() throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            if (!isConnected()) {
                throw new NotYetConnectedException();
            }
            if (!inputClosed) {
                Remote.call(Call.CHANNEL_SHUTDOWN, RemoteChannels.withHandle(handle).writeBoolean(false));
                inputClosed = true;
            }
        }
        return this;
    }

    @Override
    public SocketChannel shutdownOutput() throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            if (!isConnected()) {
                throw new NotYetConnectedException();
            }
            if (!outputClosed) {
                Remote.call(Call.CHANNEL_SHUTDOWN, RemoteChannels.withHandle(handle).writeBoolean(true));
                outputClosed = true;
            }
        }
        return this;
    }

    @Override
    public Socket socket() {
        throw PathBoundary.unsupported("SocketChannel.socket() (the java.net.Socket view of a channel)");
    }

    @Override
    public boolean isConnected() {
        return state == CONNECTED;
    }

    @Override
    public boolean isConnectionPending() {
        return state == PENDING;
    }

    @Override
    public boolean connect(SocketAddress remote) throws IOException {
        InetSocketAddress target = RemoteChannels.checkRemote(remote);
        synchronized (readLock) {
            synchronized (writeLock) {
                synchronized (stateLock) {
                    ensureOpen();
                    if (state == CONNECTED) {
                        throw new AlreadyConnectedException();
                    }
                    if (state == PENDING) {
                        throw new ConnectionPendingException();
                    }
                    state = PENDING;
                    remoteAddress = target;
                }
                WireWriter arguments = RemoteChannels.withHandle(handle);
                SocketOptionCodec.writeEndpoint(arguments, target);
                return connected(Call.CHANNEL_CONNECT, arguments);
            }
        }
    }

    @Override
    public boolean finishConnect() throws IOException {
        synchronized (readLock) {
            synchronized (writeLock) {
                if (isConnected()) {
                    return true;
                }
                synchronized (stateLock) {
                    ensureOpen();
                    if (state != PENDING) {
                        throw new NoConnectionPendingException();
                    }
                }
                return connected(Call.CHANNEL_FINISH_CONNECT, RemoteChannels.withHandle(handle));
            }
        }
    }

    /** A connect or finishConnect: a failure closes the channel, as natively (the master's closed already). */
    private boolean connected(Call call, WireWriter arguments) throws IOException {
        WireReader answer;
        try {
            answer = Remote.reader(Remote.call(call, arguments));
        } catch (Throwable e) {
            try {
                close();
            } catch (IOException | RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw RemoteFailure.sneakyThrow(e);
        }
        boolean connected = answer.readBoolean();
        InetSocketAddress local = SocketOptionCodec.readEndpoint(answer);
        if (connected) {
            synchronized (stateLock) {
                if (state == PENDING) {
                    localAddress = local;
                    state = CONNECTED;
                }
            }
        }
        return connected;
    }

    @Override
    public SocketAddress getRemoteAddress() throws IOException {
        synchronized (stateLock) {
            ensureOpen();
            return remoteAddress;
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
    public int read(ByteBuffer destination) throws IOException {
        return (int) read(RemoteChannels.one(destination), 0, 1);
    }

    @Override
    public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
        RemoteChannels.remaining(destinations, offset, length, true);
        synchronized (readLock) {
            ensureOpenAndConnected();
            if (inputClosed) {
                return -1;
            }
            return RemoteChannels.read(handle, destinations, offset, length);
        }
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        return (int) write(RemoteChannels.one(source), 0, 1);
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        RemoteChannels.remaining(sources, offset, length, false);
        synchronized (writeLock) {
            ensureOpenAndConnected();
            if (outputClosed) {
                throw new ClosedChannelException();
            }
            return RemoteChannels.write(handle, sources, offset, length);
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

    /** As the JDK's SocketChannelImpl prints itself. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(SocketChannel.class.getName()).append('[');
        if (!isOpen()) {
            text.append("closed");
        } else {
            synchronized (stateLock) {
                switch (state) {
                    case UNCONNECTED:
                        text.append("unconnected");
                        break;
                    case PENDING:
                        text.append("connection-pending");
                        break;
                    default:
                        text.append("connected");
                        if (inputClosed) {
                            text.append(" ishut");
                        }
                        if (outputClosed) {
                            text.append(" oshut");
                        }
                        break;
                }
                if (localAddress != null) {
                    text.append(" local=").append(localAddress);
                }
                if (remoteAddress != null) {
                    text.append(" remote=").append(remoteAddress);
                }
            }
        }
        return text.append(']').toString();
    }
}
