package io.jplr.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.DatagramSocketImpl;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;
import java.nio.channels.spi.SelectorProvider;
import java.util.Set;

/**
 * The {@code java.net.DatagramSocket} view of a {@link RemoteDatagramChannel}: what every DatagramSocket of
 * a replica delegates to (natively, a DatagramSocket delegates to the JDK's view of a DatagramChannel,
 * {@code sun.nio.ch.DatagramSocketAdaptor}, which this follows method by method, failures included), and
 * what the channel's {@code socket()} returns. Multicast is refused.
 */
final class RemoteDatagramSocket extends DatagramSocket {
    private final RemoteDatagramChannel channel;
    private final ReceiveCapacity capacity = new ReceiveCapacity();
    private volatile int timeout;

    RemoteDatagramSocket(RemoteDatagramChannel channel) {
        // DatagramSocket's only constructor that creates nothing; every method is overridden, so the
        // implementation it wraps is never used.
        super(new Unused());
        this.channel = channel;
    }

    /** {@code DatagramSocket.createDelegate}: a new socket on a new remote channel, bound if asked. */
    static DatagramSocket create(SocketAddress local) throws SocketException {
        DatagramSocket socket = NetworkBoundary.openDatagramChannel(SelectorProvider.provider()).socket();
        boolean initialized = false;
        try {
            if (local != null) {
                socket.bind(local);
            }
            try {
                socket.setBroadcast(true);
            } catch (IOException e) {
                // As natively: broadcast where possible.
            }
            initialized = true;
        } finally {
            if (!initialized) {
                socket.close();
            }
        }
        return socket;
    }

    private static InetSocketAddress asInetSocketAddress(SocketAddress address) {
        if (!(address instanceof InetSocketAddress)) {
            throw new UnsupportedAddressTypeException();
        }
        return (InetSocketAddress) address;
    }

    /** {@code sun.nio.ch.Net.translateToSocketException}: a channel's failure as a socket's. */
    static SocketException translate(Exception failure) {
        if (failure instanceof SocketException) {
            return (SocketException) failure;
        }
        String message;
        if (failure instanceof ClosedChannelException) {
            message = "Socket is closed";
        } else if (failure instanceof NotYetConnectedException) {
            message = "Socket is not connected";
        } else if (failure instanceof AlreadyBoundException) {
            message = "Already bound";
        } else if (failure instanceof NotYetBoundException) {
            message = "Socket is not bound yet";
        } else if (failure instanceof UnsupportedAddressTypeException) {
            message = "Unsupported address type";
        } else if (failure instanceof UnresolvedAddressException) {
            message = "Unresolved address";
        } else if (failure instanceof IOException) {
            message = failure.getMessage();
        } else if (failure instanceof RuntimeException) {
            throw (RuntimeException) failure;
        } else {
            throw new Error("Untranslated exception", failure);
        }
        SocketException translated = new SocketException(message);
        translated.initCause(failure);
        return translated;
    }

    @Override
    public void bind(SocketAddress local) throws SocketException {
        SocketAddress address = local != null ? asInetSocketAddress(local) : new InetSocketAddress(0);
        try {
            channel.bind(address);
        } catch (Exception e) {
            throw translate(e);
        }
    }

    private void connectInternal(SocketAddress remote) throws SocketException {
        try {
            channel.connect(remote, false);
        } catch (ClosedChannelException e) {
            // As natively: connecting a closed socket does nothing.
        } catch (Exception e) {
            throw translate(e);
        }
    }

    @Override
    public void connect(InetAddress address, int port) {
        if (address == null) {
            throw new IllegalArgumentException("Address can't be null");
        }
        try {
            connectInternal(new InetSocketAddress(address, port));
        } catch (SocketException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void connect(SocketAddress remote) throws SocketException {
        if (remote == null) {
            throw new IllegalArgumentException("Address can't be null");
        }
        connectInternal(asInetSocketAddress(remote));
    }

    @Override
    public void disconnect() {
        try {
            channel.disconnect();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isBound() {
        return channel.localAddress() != null;
    }

    @Override
    public boolean isConnected() {
        return channel.remoteAddress() != null;
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress remote = channel.remoteAddress();
        return remote != null ? remote.getAddress() : null;
    }

    @Override
    public int getPort() {
        InetSocketAddress remote = channel.remoteAddress();
        return remote != null ? remote.getPort() : -1;
    }

    @Override
    public SocketAddress getRemoteSocketAddress() {
        return channel.remoteAddress();
    }

    @Override
    public SocketAddress getLocalSocketAddress() {
        return isClosed() ? null : channel.localAddress();
    }

    @Override
    public void send(DatagramPacket packet) throws IOException {
        byte[] bytes;
        InetSocketAddress target;
        synchronized (packet) {
            // Beyond one call is beyond what UDP carries too: the master's send fails as a native one would.
            bytes = new byte[Math.min(packet.getLength(), FileBoundary.MAX_WRITE)];
            System.arraycopy(packet.getData(), packet.getOffset(), bytes, 0, bytes.length);
            if (packet.getAddress() == null) {
                InetSocketAddress remote = channel.remoteAddress();
                if (remote == null) {
                    throw new IllegalArgumentException("Address not set");
                }
                packet.setAddress(remote.getAddress());
                packet.setPort(remote.getPort());
                target = remote;
            } else {
                target = (InetSocketAddress) packet.getSocketAddress();
            }
        }
        try {
            channel.blockingSend(bytes, target);
        } catch (AlreadyConnectedException e) {
            throw new IllegalArgumentException("Connected and packet address differ");
        } catch (ClosedChannelException e) {
            SocketException closed = new SocketException("Socket closed");
            closed.initCause(e);
            throw closed;
        }
    }

    @Override
    public void receive(DatagramPacket packet) throws IOException {
        try {
            int room = capacity.of(packet);
            RemoteDatagramChannel.Datagram datagram = channel.blockingReceive(room, timeout);
            synchronized (packet) {
                int length = Math.min(datagram.bytes.length, room);
                System.arraycopy(datagram.bytes, 0, packet.getData(), packet.getOffset(), length);
                capacity.received(packet, length, room);
                packet.setSocketAddress(datagram.sender);
            }
        } catch (ClosedChannelException e) {
            SocketException closed = new SocketException("Socket closed");
            closed.initCause(e);
            throw closed;
        }
    }

    @Override
    public InetAddress getLocalAddress() {
        if (isClosed()) {
            return null;
        }
        InetSocketAddress local = channel.localAddress();
        return (local != null ? local : new InetSocketAddress(0)).getAddress();
    }

    @Override
    public int getLocalPort() {
        if (isClosed()) {
            return -1;
        }
        InetSocketAddress local = channel.localAddress();
        return local != null ? local.getPort() : 0;
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    @Override
    public int getSoTimeout() throws SocketException {
        if (isClosed()) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    private <T> void set(SocketOption<T> name, T value) throws SocketException {
        try {
            channel.setOption(name, value);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private <T> T get(SocketOption<T> name) throws SocketException {
        try {
            return channel.getOption(name);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public void setSendBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("Invalid send size");
        }
        set(StandardSocketOptions.SO_SNDBUF, size);
    }

    @Override
    public int getSendBufferSize() throws SocketException {
        return get(StandardSocketOptions.SO_SNDBUF);
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("Invalid receive size");
        }
        set(StandardSocketOptions.SO_RCVBUF, size);
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        return get(StandardSocketOptions.SO_RCVBUF);
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_REUSEADDR, on);
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        return get(StandardSocketOptions.SO_REUSEADDR);
    }

    @Override
    public void setBroadcast(boolean on) throws SocketException {
        set(StandardSocketOptions.SO_BROADCAST, on);
    }

    @Override
    public boolean getBroadcast() throws SocketException {
        return get(StandardSocketOptions.SO_BROADCAST);
    }

    @Override
    public void setTrafficClass(int trafficClass) throws SocketException {
        set(StandardSocketOptions.IP_TOS, trafficClass);
    }

    @Override
    public int getTrafficClass() throws SocketException {
        return get(StandardSocketOptions.IP_TOS);
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new Error(e);
        }
    }

    @Override
    public boolean isClosed() {
        return !channel.isOpen();
    }

    @Override
    public DatagramChannel getChannel() {
        return channel;
    }

    @Override
    public <T> DatagramSocket setOption(SocketOption<T> name, T value) throws IOException {
        channel.setOption(name, value);
        return this;
    }

    @Override
    public <T> T getOption(SocketOption<T> name) throws IOException {
        return channel.getOption(name);
    }

    @Override
    public Set<SocketOption<?>> supportedOptions() {
        return channel.supportedOptions();
    }

    @Override
    public void joinGroup(SocketAddress group, NetworkInterface networkInterface) {
        throw RemoteDatagramChannel.multicast("DatagramSocket.joinGroup");
    }

    @Override
    public void leaveGroup(SocketAddress group, NetworkInterface networkInterface) {
        throw RemoteDatagramChannel.multicast("DatagramSocket.leaveGroup");
    }

    /**
     * How many bytes a receive may place in a packet. Natively that is the packet's buffer length, which a
     * receive leaves as it was while it sets the packet's length to the datagram's, so that a packet
     * received into again takes a full datagram. Code outside java.net can only set both; so the room of the
     * last packet received into is remembered, for as long as nobody changed that packet since.
     */
    private static final class ReceiveCapacity {
        private DatagramPacket packet;
        private byte[] data;
        private int offset;
        private int length;
        private int room;

        synchronized int of(DatagramPacket target) {
            synchronized (target) {
                if (target == packet && target.getData() == data && target.getOffset() == offset
                        && target.getLength() == length) {
                    return room;
                }
                return target.getLength();
            }
        }

        synchronized void received(DatagramPacket target, int received, int room) {
            target.setLength(received);
            this.packet = target;
            this.data = target.getData();
            this.offset = target.getOffset();
            this.length = received;
            this.room = room;
        }
    }

    /** What DatagramSocket's constructor wraps: never used, since every method is overridden here. */
    private static final class Unused extends DatagramSocketImpl {
        private static IllegalStateException unused() {
            return new IllegalStateException("jPLR: a remote DatagramSocket has no implementation of its own");
        }

        @Override
        protected void create() {
            throw unused();
        }

        @Override
        protected void bind(int port, InetAddress address) {
            throw unused();
        }

        @Override
        protected void send(DatagramPacket packet) {
            throw unused();
        }

        @Override
        protected int peek(InetAddress address) {
            throw unused();
        }

        @Override
        protected int peekData(DatagramPacket packet) {
            throw unused();
        }

        @Override
        protected void receive(DatagramPacket packet) {
            throw unused();
        }

        @Override
        @Deprecated
        protected void setTTL(byte ttl) {
            throw unused();
        }

        @Override
        @Deprecated
        protected byte getTTL() {
            throw unused();
        }

        @Override
        protected void setTimeToLive(int ttl) {
            throw unused();
        }

        @Override
        protected int getTimeToLive() {
            throw unused();
        }

        @Override
        protected void join(InetAddress group) {
            throw unused();
        }

        @Override
        protected void leave(InetAddress group) {
            throw unused();
        }

        @Override
        protected void joinGroup(SocketAddress group, NetworkInterface networkInterface) {
            throw unused();
        }

        @Override
        protected void leaveGroup(SocketAddress group, NetworkInterface networkInterface) {
            throw unused();
        }

        @Override
        protected void close() {
            // Nothing was created.
        }

        @Override
        public void setOption(int id, Object value) {
            throw unused();
        }

        @Override
        public Object getOption(int id) {
            throw unused();
        }
    }
}
