package io.jplr.syscall.executor;

import static io.jplr.syscall.executor.FileExecutor.nonNull;
import static io.jplr.syscall.executor.FileExecutor.readLength;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.SocketOptionCodec;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketOptions;
import java.util.Arrays;

/**
 * The replicas' sockets, held and used by the master: connects, listens and accepts happen once, with the
 * options the replicas set; reads are handed to every replica, writes happen after the vote.
 */
final class SocketExecutor {
    private final HandleTable<Closeable> sockets = new HandleTable<>("sockets");

    Answer answer(Call call, WireReader in) throws IOException {
        switch (call) {
            case NAME_LOOKUP: {
                String host = nonNull(in.readString());
                in.expectEnd();
                InetAddress[] addresses = InetAddress.getAllByName(host);
                WireWriter out = new WireWriter().writeInt(addresses.length);
                for (InetAddress address : addresses) {
                    out.writeBytes(address.getAddress());
                }
                return CallExecutor.ok(out.toByteArray());
            }
            case SOCKET_CONNECT:
                return connect(in);
            case SOCKET_LISTEN:
                return listen(in);
            default:
                break;
        }
        int handle = in.readInt();
        switch (call) {
            case SOCKET_ACCEPT: {
                int timeout = nonNegative(in.readInt());
                in.expectEnd();
                ServerSocket server = server(handle);
                server.setSoTimeout(timeout);
                Socket accepted = server.accept();
                WireWriter out = new WireWriter().writeInt(sockets.add(accepted));
                SocketOptionCodec.writeAddress(out, accepted.getInetAddress());
                out.writeInt(accepted.getPort());
                SocketOptionCodec.writeAddress(out, accepted.getLocalAddress());
                out.writeInt(accepted.getLocalPort());
                return CallExecutor.ok(out.toByteArray());
            }
            case SOCKET_READ: {
                int length = readLength(in);
                int timeout = nonNegative(in.readInt());
                in.expectEnd();
                Socket socket = client(handle);
                socket.setSoTimeout(timeout);
                byte[] buffer = new byte[length];
                int n = socket.getInputStream().read(buffer, 0, length);
                return n < 0 ? CallExecutor.end() : CallExecutor.ok(Arrays.copyOf(buffer, n));
            }
            case SOCKET_WRITE: {
                byte[] bytes = nonNull(in.readBytes());
                in.expectEnd();
                client(handle).getOutputStream().write(bytes);
                return CallExecutor.ok(new byte[0]);
            }
            case SOCKET_AVAILABLE:
                in.expectEnd();
                return CallExecutor.scalarInt(client(handle).getInputStream().available());
            case SOCKET_SHUTDOWN: {
                boolean output = in.readBoolean();
                in.expectEnd();
                if (output) {
                    client(handle).shutdownOutput();
                } else {
                    client(handle).shutdownInput();
                }
                return CallExecutor.ok(new byte[0]);
            }
            case SOCKET_CLOSE: {
                in.expectEnd();
                Closeable socket = sockets.remove(handle);
                if (socket != null) {
                    socket.close();
                }
                return CallExecutor.ok(new byte[0]);
            }
            case SOCKET_SET_OPTION: {
                int id = in.readInt();
                Object value = SocketOptionCodec.readValue(in);
                in.expectEnd();
                setOption(sockets.get(handle), id, value);
                return CallExecutor.ok(new byte[0]);
            }
            case SOCKET_GET_OPTION: {
                int id = in.readInt();
                in.expectEnd();
                WireWriter out = new WireWriter();
                SocketOptionCodec.writeValue(out, getOption(sockets.get(handle), id));
                return CallExecutor.ok(out.toByteArray());
            }
            case SOCKET_URGENT: {
                int data = in.readByte();
                in.expectEnd();
                client(handle).sendUrgentData(data);
                return CallExecutor.ok(new byte[0]);
            }
            default:
                throw new MalformedCallException(call + " is not a socket call");
        }
    }

    private Answer connect(WireReader in) throws IOException {
        InetAddress remote = nonNull(SocketOptionCodec.readAddress(in));
        int port = SocketOptionCodec.readPort(in);
        int timeout = nonNegative(in.readInt());
        InetAddress bindAddress = SocketOptionCodec.readAddress(in);
        int bindPort = SocketOptionCodec.readPort(in);
        Socket socket = new Socket();
        try {
            applyOptions(socket, in);
            in.expectEnd();
            if (bindAddress != null || bindPort != 0) {
                socket.bind(new InetSocketAddress(bindAddress, bindPort));
            }
            socket.connect(new InetSocketAddress(remote, port), timeout);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
        WireWriter out = new WireWriter().writeInt(sockets.add(socket));
        SocketOptionCodec.writeAddress(out, socket.getLocalAddress());
        out.writeInt(socket.getLocalPort());
        return CallExecutor.ok(out.toByteArray());
    }

    private Answer listen(WireReader in) throws IOException {
        InetAddress bindAddress = SocketOptionCodec.readAddress(in);
        int port = SocketOptionCodec.readPort(in);
        int backlog = in.readInt();
        ServerSocket server = new ServerSocket();
        try {
            applyOptions(server, in);
            in.expectEnd();
            server.bind(new InetSocketAddress(bindAddress, port), backlog);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        WireWriter out = new WireWriter().writeInt(sockets.add(server));
        SocketOptionCodec.writeAddress(out, server.getInetAddress());
        out.writeInt(server.getLocalPort());
        return CallExecutor.ok(out.toByteArray());
    }

    private static void applyOptions(Closeable socket, WireReader in) throws SocketException {
        int count = in.readInt();
        if (count < 0 || count > 64) {
            throw new MalformedCallException(count + " socket options");
        }
        for (int i = 0; i < count; i++) {
            int id = in.readInt();
            setOption(socket, id, SocketOptionCodec.readValue(in));
        }
    }

    private static void setOption(Closeable target, int id, Object value) throws SocketException {
        if (target instanceof ServerSocket) {
            ServerSocket server = (ServerSocket) target;
            switch (id) {
                case SocketOptions.SO_REUSEADDR: server.setReuseAddress(bool(value)); return;
                case SocketOptions.SO_RCVBUF: server.setReceiveBufferSize(integer(value)); return;
                default: throw new SocketException("jPLR: server socket option " + id + " is not replicated yet");
            }
        }
        Socket socket = (Socket) target;
        switch (id) {
            case SocketOptions.TCP_NODELAY: socket.setTcpNoDelay(bool(value)); return;
            case SocketOptions.SO_REUSEADDR: socket.setReuseAddress(bool(value)); return;
            case SocketOptions.SO_KEEPALIVE: socket.setKeepAlive(bool(value)); return;
            case SocketOptions.SO_OOBINLINE: socket.setOOBInline(bool(value)); return;
            case SocketOptions.SO_SNDBUF: socket.setSendBufferSize(integer(value)); return;
            case SocketOptions.SO_RCVBUF: socket.setReceiveBufferSize(integer(value)); return;
            case SocketOptions.IP_TOS: socket.setTrafficClass(integer(value)); return;
            case SocketOptions.SO_LINGER:
                if (value instanceof Boolean) {
                    socket.setSoLinger(false, 0);
                } else {
                    socket.setSoLinger(true, integer(value));
                }
                return;
            default:
                throw new SocketException("jPLR: socket option " + id + " is not replicated yet");
        }
    }

    private static Object getOption(Closeable target, int id) throws SocketException {
        if (target instanceof ServerSocket) {
            ServerSocket server = (ServerSocket) target;
            switch (id) {
                case SocketOptions.SO_REUSEADDR: return server.getReuseAddress();
                case SocketOptions.SO_RCVBUF: return server.getReceiveBufferSize();
                default: throw new SocketException("jPLR: server socket option " + id + " is not replicated yet");
            }
        }
        Socket socket = (Socket) target;
        switch (id) {
            case SocketOptions.TCP_NODELAY: return socket.getTcpNoDelay();
            case SocketOptions.SO_REUSEADDR: return socket.getReuseAddress();
            case SocketOptions.SO_KEEPALIVE: return socket.getKeepAlive();
            case SocketOptions.SO_OOBINLINE: return socket.getOOBInline();
            case SocketOptions.SO_SNDBUF: return socket.getSendBufferSize();
            case SocketOptions.SO_RCVBUF: return socket.getReceiveBufferSize();
            case SocketOptions.IP_TOS: return socket.getTrafficClass();
            case SocketOptions.SO_LINGER: {
                int linger = socket.getSoLinger();
                return linger < 0 ? (Object) Boolean.FALSE : (Object) linger;
            }
            default:
                throw new SocketException("jPLR: socket option " + id + " is not replicated yet");
        }
    }

    private Socket client(int handle) throws IOException {
        Closeable socket = sockets.get(handle);
        if (!(socket instanceof Socket)) {
            throw new SocketException("Not connected");
        }
        return (Socket) socket;
    }

    private ServerSocket server(int handle) throws IOException {
        Closeable socket = sockets.get(handle);
        if (!(socket instanceof ServerSocket)) {
            throw new SocketException("Not a server socket");
        }
        return (ServerSocket) socket;
    }

    private static boolean bool(Object value) {
        if (!(value instanceof Boolean)) {
            throw new MalformedCallException("a boolean option of " + value);
        }
        return (Boolean) value;
    }

    private static int integer(Object value) {
        if (!(value instanceof Integer)) {
            throw new MalformedCallException("an int option of " + value);
        }
        return (Integer) value;
    }

    private static int nonNegative(int value) {
        if (value < 0) {
            throw new MalformedCallException("timeout " + value);
        }
        return value;
    }
}
