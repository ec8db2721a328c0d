package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.nio.ByteBuffer;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.MembershipKey;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.spi.SelectorProvider;
import java.util.Objects;
import java.util.Set;

/**
 * A replica's {@code DatagramChannel}: the master holds the real channel, sends each datagram once, after
 * the replicas agreed on it, and receives each once, handing it to every replica. Multicast is refused.
 */
final class RemoteDatagramChannel extends DatagramChannel implements RemoteChannel {
    private final int handle;
    private final Set<SocketOption<?>> options;
    private final Object stateLock = new Object();
    private final Object readLock = new Object();
    private final Object writeLock = new Object();
    private InetSocketAddress localAddress;
    private volatile InetSocketAddress remoteAddress;
    private DatagramSocket socket;

    RemoteDatagramChannel(SelectorProvider provider, int handle, Set<SocketOption<?>> options) {
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

    /** Before a receive, send, read or write. */
    private void ensureOpenForTransfer() throws ClosedChannelException {
        if (!isOpen()) {
            throw RemoteChannels.closed(isBlocking());
        }
    }

    private void ensureConnected() throws ClosedChannelException {
        ensureOpenForTransfer();
        if (remoteAddress == null) {
            throw new NotYetConnectedException();
        }
    }

    /** Sends and receives bind an unbound channel implicitly: their answers carry the local address. */
    private void localAddressFrom(WireReader answer) {
        InetSocketAddress local = SocketOptionCodec.readEndpoint(answer);
        synchronized (stateLock) {
            localAddress = local;
        }
    }

    @Override
    public DatagramChannel bind(SocketAddress local) throws IOException {
        synchronized (readLock) {
            synchronized (writeLock) {
                synchronized (stateLock) {
                    ensureOpen();
                    if (localAddress != null) {
                        throw new AlreadyBoundException();
                    }
                    WireWriter arguments = RemoteChannels.withHandle(handle).writeBoolean(local != null);
                    if (local != null) {
                        SocketOptionCodec.writeEndpoint(arguments, RemoteChannels.checkAddress(local));
                    }
                    arguments.writeInt(0);
                    localAddressFrom(Remote.reader(Remote.call(Call.CHANNEL_BIND, arguments)));
                }
            }
        }
        return this;
    }

    @Override
    public <T> DatagramChannel setOption(SocketOption<T> name, T value) throws IOException {
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

    /** The DatagramSocket view of this channel, made once, as natively. */
    @Override
    public DatagramSocket socket() {
        synchronized (stateLock) {
            if (socket == null) {
                socket = new RemoteDatagramSocket(this);
            }
            return socket;
        }
    }

    InetSocketAddress localAddress() {
        synchronized (stateLock) {
            return localAddress;
        }
    }

    InetSocketAddress remoteAddress() {
        return remoteAddress;
    }

    @Override
    public boolean isConnected() {
        return remoteAddress != null;
    }

    @Override
    public DatagramChannel connect(SocketAddress remote) throws IOException {
        return connect(remote, true);
    }

    /**
     * @param check whether connecting a connected channel fails (DatagramChannel) or connects it anew
     *        (DatagramSocket)
     */
    DatagramChannel connect(SocketAddress remote, boolean check) throws IOException {
        InetSocketAddress target = RemoteChannels.checkAddress(remote);
        synchronized (readLock) {
            synchronized (writeLock) {
                synchronized (stateLock) {
                    ensureOpen();
                    if (!check && remoteAddress != null) {
                        disconnect();
                    }
                    WireWriter arguments = RemoteChannels.withHandle(handle);
                    SocketOptionCodec.writeEndpoint(arguments, target);
                    WireReader answer = Remote.reader(Remote.call(Call.CHANNEL_CONNECT, arguments));
                    answer.readBoolean();
                    localAddressFrom(answer);
                    remoteAddress = target;
                }
            }
        }
        return this;
    }

    @Override
    public DatagramChannel disconnect() throws IOException {
        synchronized (readLock) {
            synchronized (writeLock) {
                synchronized (stateLock) {
                    if (!isOpen() || remoteAddress == null) {
                        return this;
                    }
                    localAddressFrom(Remote.reader(
                            Remote.call(Call.CHANNEL_DISCONNECT, RemoteChannels.withHandle(handle))));
                    remoteAddress = null;
                }
            }
        }
        return this;
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
    public SocketAddress receive(ByteBuffer destination) throws IOException {
        if (destination.isReadOnly()) {
            throw new IllegalArgumentException("Read-only buffer");
        }
        Datagram datagram = receive(Math.min(destination.remaining(), Boundary.MAX_READ), -1);
        if (datagram == null) {
            return null;
        }
        destination.put(datagram.bytes);
        return datagram.sender;
    }

    /** A datagram received by the master, and who sent it. */
    static final class Datagram {
        final InetSocketAddress sender;
        final byte[] bytes;

        Datagram(InetSocketAddress sender, byte[] bytes) {
            this.sender = sender;
            this.bytes = bytes;
        }
    }

    /** DatagramSocket's receive: blocking only, and waiting at most {@code timeout} ms (0: for ever). */
    Datagram blockingReceive(int length, int timeout) throws IOException {
        if (!isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        Datagram datagram = receive(Math.min(length, Boundary.MAX_READ), timeout);
        if (datagram == null) {
            throw new IOException("jPLR: the master received no datagram for a blocking receive");
        }
        return datagram;
    }

    /** @param timeout -1: the channel's receive; from 0: DatagramSocket's, with that SO_TIMEOUT */
    private Datagram receive(int wanted, int timeout) throws IOException {
        synchronized (readLock) {
            ensureOpenForTransfer();
            WireWriter arguments = RemoteChannels.withHandle(handle).writeInt(wanted).writeInt(timeout);
            WireReader answer = Remote.reader(Remote.call(Call.DATAGRAM_RECEIVE, arguments));
            Datagram datagram = null;
            if (answer.readBoolean()) {
                InetSocketAddress sender = SocketOptionCodec.readEndpoint(answer);
                byte[] bytes = answer.readBytes();
                if (sender == null || bytes == null || bytes.length > wanted) {
                    throw new IOException("jPLR: the master answered a datagram this replica cannot take");
                }
                datagram = new Datagram(sender, bytes);
            }
            localAddressFrom(answer);
            return datagram;
        }
    }

    @Override
    public int send(ByteBuffer source, SocketAddress target) throws IOException {
        Objects.requireNonNull(source);
        InetSocketAddress to = RemoteChannels.checkAddress(target);
        synchronized (writeLock) {
            int length = Math.min(source.remaining(), FileBoundary.MAX_WRITE);
            int sent = send(RemoteChannels.gather(RemoteChannels.one(source), 0, 1, length), to);
            source.position(source.position() + sent);
            return sent;
        }
    }

    /** DatagramSocket's send: blocking only. */
    void blockingSend(byte[] bytes, InetSocketAddress target) throws IOException {
        if (!isBlocking()) {
            throw new IllegalBlockingModeException();
        }
        synchronized (writeLock) {
            send(bytes, target);
        }
    }

    private int send(byte[] bytes, InetSocketAddress target) throws IOException {
        ensureOpenForTransfer();
        WireWriter arguments = RemoteChannels.withHandle(handle);
        SocketOptionCodec.writeEndpoint(arguments, target);
        arguments.writeBytes(bytes);
        WireReader answer = Remote.reader(Remote.call(Call.DATAGRAM_SEND, arguments));
        int sent = answer.readInt();
        if (sent < 0 || sent > bytes.length) {
            throw new IOException("jPLR: the master sent " + sent + " bytes of " + bytes.length);
        }
        localAddressFrom(answer);
        return sent;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        return (int) read(RemoteChannels.one(destination), 0, 1);
    }

    @Override
    public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
        RemoteChannels.remaining(destinations, offset, length, true);
        synchronized (readLock) {
            ensureConnected();
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
            ensureConnected();
            return RemoteChannels.write(handle, sources, offset, length, true);
        }
    }

    @Override
    public MembershipKey join(InetAddress group, NetworkInterface networkInterface) {
        throw multicast("DatagramChannel.join");
    }

    @Override
    public MembershipKey join(InetAddress group, NetworkInterface networkInterface, InetAddress source) {
        throw multicast("DatagramChannel.join");
    }

    static UnsupportedOperationException multicast(String api) {
        return PathBoundary.unsupported("multicast (" + api + ")");
    }

    @Override
    protected void implCloseSelectableChannel() throws IOException {
        RemoteChannels.close(handle);
    }

    @Override
    protected void implConfigureBlocking(boolean block) throws IOException {
        Remote.call(Call.CHANNEL_CONFIGURE_BLOCKING, RemoteChannels.withHandle(handle).writeBoolean(block));
    }

    /** As the JDK's DatagramChannelImpl prints itself (it does not override Object's). */
    @Override
    public String toString() {
        return "sun.nio.ch.DatagramChannelImpl@" + Integer.toHexString(hashCode());
    }
}
