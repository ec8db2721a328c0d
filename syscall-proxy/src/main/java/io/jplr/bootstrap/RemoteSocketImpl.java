package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.SocketImpl;
import java.net.SocketOptions;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The implementation behind every {@code java.net.Socket} and {@code ServerSocket} of a replica (installed
 * as both socket factories): the master holds the real socket and performs connects, accepts, reads and
 * writes once; reads are replicated, writes voted. Options set before the socket exists are sent along with
 * the connect or listen; {@code SO_TIMEOUT} stays here and travels with each read and accept.
 */
public final class RemoteSocketImpl extends SocketImpl {
    private final Map<Integer, Object> pendingOptions = new LinkedHashMap<>();
    private int handle = -1;
    private int timeout;
    private boolean server;
    private boolean closed;
    private InetAddress bindAddress;
    private int bindPort;
    private InetAddress localAddress;
    private InputStream in;
    private OutputStream out;

    @Override
    protected void create(boolean stream) throws IOException {
        if (!stream) {
            throw new SocketException("jPLR: datagram sockets are not replicated yet");
        }
        fd = new FileDescriptor();
    }

    @Override
    protected void connect(String host, int port) throws IOException {
        connect(new InetSocketAddress(InetAddress.getByName(host), port), 0);
    }

    @Override
    protected void connect(InetAddress remote, int port) throws IOException {
        connect(new InetSocketAddress(remote, port), 0);
    }

    @Override
    protected void connect(SocketAddress endpoint, int connectTimeout) throws IOException {
        ensureOpen();
        if (!(endpoint instanceof InetSocketAddress)) {
            throw new IllegalArgumentException("Unsupported address type");
        }
        InetSocketAddress target = (InetSocketAddress) endpoint;
        if (target.isUnresolved()) {
            throw new UnknownHostException(target.getHostName());
        }
        WireWriter arguments = new WireWriter();
        SocketOptionCodec.writeAddress(arguments, target.getAddress());
        arguments.writeInt(target.getPort()).writeInt(connectTimeout);
        SocketOptionCodec.writeAddress(arguments, bindAddress);
        arguments.writeInt(bindPort);
        writePendingOptions(arguments);
        WireReader answer = Remote.reader(Remote.call(Call.SOCKET_CONNECT, arguments));
        handle = answer.readInt();
        localAddress = SocketOptionCodec.readAddress(answer);
        localport = answer.readInt();
        address = target.getAddress();
        port = target.getPort();
    }

    @Override
    protected void bind(InetAddress host, int port) throws IOException {
        ensureOpen();
        bindAddress = host;
        bindPort = port;
    }

    @Override
    protected void listen(int backlog) throws IOException {
        ensureOpen();
        server = true;
        WireWriter arguments = new WireWriter();
        SocketOptionCodec.writeAddress(arguments, bindAddress);
        arguments.writeInt(bindPort).writeInt(backlog);
        writePendingOptions(arguments);
        WireReader answer = Remote.reader(Remote.call(Call.SOCKET_LISTEN, arguments));
        handle = answer.readInt();
        localAddress = SocketOptionCodec.readAddress(answer);
        localport = answer.readInt();
        address = localAddress;
    }

    @Override
    protected void accept(SocketImpl target) throws IOException {
        ensureConnected();
        if (!(target instanceof RemoteSocketImpl)) {
            throw new IOException("jPLR: cannot accept into a " + target.getClass().getName());
        }
        RemoteSocketImpl accepted = (RemoteSocketImpl) target;
        WireReader answer = Remote.reader(Remote.call(Call.SOCKET_ACCEPT, withHandle().writeInt(timeout)));
        accepted.handle = answer.readInt();
        accepted.address = SocketOptionCodec.readAddress(answer);
        accepted.port = answer.readInt();
        accepted.localAddress = SocketOptionCodec.readAddress(answer);
        accepted.localport = answer.readInt();
        accepted.fd = new FileDescriptor();
    }

    private void writePendingOptions(WireWriter arguments) {
        arguments.writeInt(pendingOptions.size());
        for (Map.Entry<Integer, Object> option : pendingOptions.entrySet()) {
            arguments.writeInt(option.getKey());
            SocketOptionCodec.writeValue(arguments, option.getValue());
        }
        pendingOptions.clear();
    }

    private WireWriter withHandle() {
        return new WireWriter().writeInt(handle);
    }

    private void ensureOpen() throws SocketException {
        if (closed) {
            throw new SocketException("Socket closed");
        }
    }

    private void ensureConnected() throws IOException {
        ensureOpen();
        if (handle < 0) {
            throw new SocketException("Not connected");
        }
    }

    @Override
    protected synchronized InputStream getInputStream() throws IOException {
        ensureConnected();
        if (in == null) {
            in = new SocketInput();
        }
        return in;
    }

    @Override
    protected synchronized OutputStream getOutputStream() throws IOException {
        ensureConnected();
        if (out == null) {
            out = new SocketOutput();
        }
        return out;
    }

    @Override
    protected int available() throws IOException {
        ensureConnected();
        return Remote.reader(Remote.call(Call.SOCKET_AVAILABLE, withHandle())).readInt();
    }

    @Override
    protected void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (handle >= 0 && Boundary.handler() != null) {
            Remote.call(Call.SOCKET_CLOSE, withHandle());
        }
    }

    @Override
    protected void shutdownInput() throws IOException {
        ensureConnected();
        Remote.call(Call.SOCKET_SHUTDOWN, withHandle().writeBoolean(false));
    }

    @Override
    protected void shutdownOutput() throws IOException {
        ensureConnected();
        Remote.call(Call.SOCKET_SHUTDOWN, withHandle().writeBoolean(true));
    }

    @Override
    protected boolean supportsUrgentData() {
        return true;
    }

    @Override
    protected void sendUrgentData(int data) throws IOException {
        ensureConnected();
        Remote.call(Call.SOCKET_URGENT, withHandle().writeByte(data));
    }

    @Override
    public void setOption(int id, Object value) throws SocketException {
        if (closed) {
            throw new SocketException("Socket closed");
        }
        if (id == SocketOptions.SO_TIMEOUT) {
            if (!(value instanceof Integer) || (Integer) value < 0) {
                throw new SocketException("Bad value for SO_TIMEOUT");
            }
            timeout = (Integer) value;
            return;
        }
        if (handle < 0) {
            pendingOptions.put(id, value);
            return;
        }
        WireWriter arguments = withHandle().writeInt(id);
        SocketOptionCodec.writeValue(arguments, value);
        Remote.call(Call.SOCKET_SET_OPTION, arguments);
    }

    @Override
    public Object getOption(int id) throws SocketException {
        if (closed) {
            throw new SocketException("Socket closed");
        }
        if (id == SocketOptions.SO_TIMEOUT) {
            return timeout;
        }
        if (id == SocketOptions.SO_BINDADDR) {
            return localAddress != null ? localAddress : bindAddress;
        }
        if (handle < 0) {
            return pendingOptions.get(id);
        }
        return SocketOptionCodec.readValue(Remote.reader(
                Remote.call(Call.SOCKET_GET_OPTION, withHandle().writeInt(id))));
    }

    /** Reads performed by the master; every replica receives the same bytes. */
    private final class SocketInput extends InputStream {
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            ensureConnected();
            if (length == 0) {
                return 0;
            }
            if (ended) {
                return -1;
            }
            int wanted = Math.min(length, Boundary.MAX_READ);
            byte[] got = Remote.call(Call.SOCKET_READ, withHandle().writeInt(wanted).writeInt(timeout)).readBytes(wanted);
            if (got == null) {
                ended = true;
                return -1;
            }
            System.arraycopy(got, 0, bytes, offset, got.length);
            return got.length;
        }

        @Override
        public int available() throws IOException {
            return ended ? 0 : RemoteSocketImpl.this.available();
        }

        @Override
        public void close() throws IOException {
            RemoteSocketImpl.this.close();
        }
    }

    /** Writes voted, then performed once by the master. */
    private final class SocketOutput extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            ensureConnected();
            Remote.writeInChunks(Call.SOCKET_WRITE, handle, bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            RemoteSocketImpl.this.close();
        }
    }
}
