package io.jplr.bootstrap;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.util.Set;

/**
 * The {@code java.net.ServerSocket} view of a {@link RemoteServerSocketChannel} ({@code socket()}), following
 * the JDK's own view ({@code sun.nio.ch.ServerSocketAdaptor}) method by method, failures included: binding,
 * addresses, options, close. Accepting through the view is refused: it hands out a java.net.Socket view of
 * the accepted channel, which is not replicated; accept through the channel.
 */
final class RemoteServerSocket extends ServerSocket {
    private final RemoteServerSocketChannel channel;
    private volatile int timeout;

    RemoteServerSocket(RemoteServerSocketChannel channel) {
        // Every method is overridden: the implementation ServerSocket holds is never used.
        super(new RemoteSocketImpl());
        this.channel = channel;
    }

    /** {@code sun.nio.ch.Net.translateException}: I/O failures as they are, the channel's own as SocketException. */
    private static IOException translate(Exception failure) {
        if (failure instanceof IOException) {
            return (IOException) failure;
        }
        return RemoteDatagramSocket.translate(failure);
    }

    @Override
    public void bind(SocketAddress local) throws IOException {
        bind(local, 50);
    }

    @Override
    public void bind(SocketAddress local, int backlog) throws IOException {
        try {
            channel.bind(local == null ? new InetSocketAddress(0) : local, backlog);
        } catch (Exception e) {
            throw translate(e);
        }
    }

    @Override
    public InetAddress getInetAddress() {
        InetSocketAddress local = channel.localAddress();
        return local == null ? null : local.getAddress();
    }

    @Override
    public int getLocalPort() {
        InetSocketAddress local = channel.localAddress();
        return local == null ? -1 : local.getPort();
    }

    @Override
    public Socket accept() {
        throw PathBoundary.unsupported("ServerSocketChannel.socket().accept() (the java.net.Socket view of an accepted "
                + "channel); accept through the channel");
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    @Override
    public ServerSocketChannel getChannel() {
        return channel;
    }

    @Override
    public boolean isBound() {
        return channel.localAddress() != null;
    }

    @Override
    public boolean isClosed() {
        return !channel.isOpen();
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
        if (!channel.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout < 0");
        }
        this.timeout = timeout;
    }

    @Override
    public int getSoTimeout() throws SocketException {
        if (!channel.isOpen()) {
            throw new SocketException("Socket is closed");
        }
        return timeout;
    }

    @Override
    public void setReuseAddress(boolean on) throws SocketException {
        try {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, on);
        } catch (IOException e) {
            throw RemoteDatagramSocket.translate(e);
        }
    }

    @Override
    public boolean getReuseAddress() throws SocketException {
        try {
            return channel.getOption(StandardSocketOptions.SO_REUSEADDR);
        } catch (IOException e) {
            throw RemoteDatagramSocket.translate(e);
        }
    }

    @Override
    public String toString() {
        if (!isBound()) {
            return "ServerSocket[unbound]";
        }
        return "ServerSocket[addr=" + getInetAddress() + ",localport=" + getLocalPort() + "]";
    }

    @Override
    public void setReceiveBufferSize(int size) throws SocketException {
        if (size <= 0) {
            throw new IllegalArgumentException("size cannot be 0 or negative");
        }
        try {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, size);
        } catch (IOException e) {
            throw RemoteDatagramSocket.translate(e);
        }
    }

    @Override
    public int getReceiveBufferSize() throws SocketException {
        try {
            return channel.getOption(StandardSocketOptions.SO_RCVBUF);
        } catch (IOException e) {
            throw RemoteDatagramSocket.translate(e);
        }
    }

    @Override
    public <T> ServerSocket setOption(SocketOption<T> name, T value) throws IOException {
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
}
