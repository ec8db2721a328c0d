package io.jplr.syscall.executor;

import static io.jplr.syscall.executor.FileExecutor.nonNull;
import static io.jplr.syscall.executor.FileExecutor.readLength;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.Boundary;
import io.jplr.bootstrap.ChannelKind;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.SocketOptionCodec;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The replicas' NIO network channels (and the channels behind their DatagramSockets), held and used by the
 * master: each connect, accept, send and write happens once, with what the replicas agreed on; each read
 * and receive happens once and its bytes go to every replica. A channel does exactly what the real one did:
 * a non-blocking read may read nothing, an accept find nobody, a connect be pending.
 */
final class ChannelExecutor {
    private final HandleTable<NetworkChannel> channels;
    private final Consumer<SelectableChannel> beforeBlocking;

    /** @param beforeBlocking cancels a channel's keys with the selectors before the channel is made blocking */
    ChannelExecutor(HandleTable<NetworkChannel> channels, Consumer<SelectableChannel> beforeBlocking) {
        this.channels = channels;
        this.beforeBlocking = beforeBlocking;
    }

    Answer answer(Call call, WireReader in) throws IOException {
        if (call == Call.CHANNEL_OPEN) {
            return open(in);
        }
        int handle = in.readInt();
        switch (call) {
            case CHANNEL_BIND:
                return bind(handle, in);
            case CHANNEL_CONNECT: {
                InetSocketAddress remote = nonNull(SocketOptionCodec.readEndpoint(in));
                in.expectEnd();
                NetworkChannel channel = channel(handle);
                boolean connected;
                if (channel instanceof SocketChannel) {
                    connected = ((SocketChannel) channel).connect(remote);
                } else if (channel instanceof DatagramChannel) {
                    ((DatagramChannel) channel).connect(remote);
                    connected = true;
                } else {
                    throw new MalformedCallException("a connect of server channel " + handle);
                }
                return connected(connected, channel);
            }
            case CHANNEL_FINISH_CONNECT: {
                in.expectEnd();
                SocketChannel channel = socket(handle);
                return connected(channel.finishConnect(), channel);
            }
            case CHANNEL_ACCEPT:
                in.expectEnd();
                return accept(server(handle));
            case CHANNEL_READ: {
                int length = readLength(in);
                in.expectEnd();
                ByteBuffer buffer = ByteBuffer.allocate(length);
                int n = typed(handle, ReadableByteChannel.class).read(buffer);
                return n < 0 ? CallExecutor.end() : CallExecutor.ok(Arrays.copyOf(buffer.array(), n));
            }
            case CHANNEL_WRITE: {
                byte[] bytes = nonNull(in.readBytes());
                in.expectEnd();
                return CallExecutor.scalarInt(typed(handle, WritableByteChannel.class).write(ByteBuffer.wrap(bytes)));
            }
            case CHANNEL_SHUTDOWN: {
                boolean output = in.readBoolean();
                in.expectEnd();
                if (output) {
                    socket(handle).shutdownOutput();
                } else {
                    socket(handle).shutdownInput();
                }
                return CallExecutor.ok(new byte[0]);
            }
            case CHANNEL_CONFIGURE_BLOCKING: {
                boolean blocking = in.readBoolean();
                in.expectEnd();
                SelectableChannel channel = typed(handle, SelectableChannel.class);
                if (blocking) {
                    beforeBlocking.accept(channel);
                }
                channel.configureBlocking(blocking);
                return CallExecutor.ok(new byte[0]);
            }
            case CHANNEL_SET_OPTION: {
                String name = in.readString();
                Object value = SocketOptionCodec.readValue(in);
                in.expectEnd();
                NetworkChannel channel = channel(handle);
                setOption(channel, option(channel, name), value);
                return CallExecutor.ok(new byte[0]);
            }
            case CHANNEL_GET_OPTION: {
                String name = in.readString();
                in.expectEnd();
                NetworkChannel channel = channel(handle);
                WireWriter out = new WireWriter();
                SocketOptionCodec.writeValue(out, channel.getOption(option(channel, name)));
                return CallExecutor.ok(out.toByteArray());
            }
            case CHANNEL_CLOSE: {
                in.expectEnd();
                NetworkChannel channel = channels.remove(handle);
                if (channel != null) {
                    channel.close();
                }
                return CallExecutor.ok(new byte[0]);
            }
            case CHANNEL_DISCONNECT: {
                in.expectEnd();
                DatagramChannel channel = datagram(handle);
                channel.disconnect();
                return local(new WireWriter(), channel);
            }
            case DATAGRAM_SEND: {
                InetSocketAddress target = nonNull(SocketOptionCodec.readEndpoint(in));
                byte[] bytes = nonNull(in.readBytes());
                in.expectEnd();
                DatagramChannel channel = datagram(handle);
                int sent = channel.send(ByteBuffer.wrap(bytes), target);
                return local(new WireWriter().writeInt(sent), channel);
            }
            case DATAGRAM_RECEIVE:
                return receive(handle, in);
            default:
                throw new MalformedCallException(call + " is not a channel call");
        }
    }

    private Answer open(WireReader in) throws IOException {
        ChannelKind kind = ChannelKind.of(in.readInt());
        ProtocolFamily family = SocketOptionCodec.family(in.readInt());
        in.expectEnd();
        NetworkChannel channel;
        switch (kind) {
            case SOCKET:
                channel = family == null ? SocketChannel.open() : SocketChannel.open(family);
                break;
            case SERVER_SOCKET:
                channel = family == null ? ServerSocketChannel.open() : ServerSocketChannel.open(family);
                break;
            default:
                channel = family == null ? DatagramChannel.open() : DatagramChannel.open(family);
                break;
        }
        WireWriter out = new WireWriter().writeInt(channels.add(channel));
        SocketOptionCodec.writeOptionNames(out, channel.supportedOptions());
        return CallExecutor.ok(out.toByteArray());
    }

    private Answer bind(int handle, WireReader in) throws IOException {
        InetSocketAddress local = in.readBoolean() ? nonNull(SocketOptionCodec.readEndpoint(in)) : null;
        int backlog = in.readInt();
        in.expectEnd();
        NetworkChannel channel = channel(handle);
        if (channel instanceof ServerSocketChannel) {
            ((ServerSocketChannel) channel).bind(local, backlog);
        } else {
            channel.bind(local);
        }
        return local(new WireWriter(), channel);
    }

    private Answer accept(ServerSocketChannel server) throws IOException {
        SocketChannel accepted = server.accept();
        if (accepted == null) {
            return CallExecutor.scalarInt(-1);
        }
        WireWriter out = new WireWriter().writeInt(channels.add(accepted));
        SocketOptionCodec.writeEndpoint(out, endpoint(accepted.getRemoteAddress()));
        SocketOptionCodec.writeEndpoint(out, endpoint(accepted.getLocalAddress()));
        SocketOptionCodec.writeOptionNames(out, accepted.supportedOptions());
        return CallExecutor.ok(out.toByteArray());
    }

    /**
     * A channel's receive (timeout -1: returns nothing at once when the channel is non-blocking), or a
     * DatagramSocket's, through the JDK's own DatagramSocket view of the channel (its SO_TIMEOUT, its
     * failures).
     */
    private Answer receive(int handle, WireReader in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > Boundary.MAX_READ) {
            throw new MalformedCallException("receive of " + length + " bytes");
        }
        int timeout = in.readInt();
        if (timeout < -1) {
            throw new MalformedCallException("timeout " + timeout);
        }
        in.expectEnd();
        DatagramChannel channel = datagram(handle);
        SocketAddress sender;
        byte[] bytes;
        if (timeout < 0) {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            sender = channel.receive(buffer);
            bytes = Arrays.copyOf(buffer.array(), buffer.position());
        } else {
            DatagramSocket socket = channel.socket();
            socket.setSoTimeout(timeout);
            DatagramPacket packet = new DatagramPacket(new byte[length], length);
            socket.receive(packet);
            sender = packet.getSocketAddress();
            bytes = Arrays.copyOf(packet.getData(), packet.getLength());
        }
        WireWriter out = new WireWriter().writeBoolean(sender != null);
        if (sender != null) {
            SocketOptionCodec.writeEndpoint(out, endpoint(sender));
            out.writeBytes(bytes);
        }
        return local(out, channel);
    }

    private static Answer connected(boolean connected, NetworkChannel channel) throws IOException {
        return local(new WireWriter().writeBoolean(connected), channel);
    }

    /** The answer so far, followed by the channel's local endpoint. */
    private static Answer local(WireWriter out, NetworkChannel channel) throws IOException {
        SocketOptionCodec.writeEndpoint(out, endpoint(channel.getLocalAddress()));
        return CallExecutor.ok(out.toByteArray());
    }

    private static InetSocketAddress endpoint(SocketAddress address) {
        return address instanceof InetSocketAddress ? (InetSocketAddress) address : null;
    }

    /** The channel's own option of that name (the replicas checked that it supports one). */
    private static SocketOption<?> option(NetworkChannel channel, String name) {
        SocketOption<?> option = SocketOptionCodec.supportedOption(channel.supportedOptions(), name);
        if (option == null) {
            throw new MalformedCallException("socket option " + name);
        }
        return option;
    }

    /** The real channel checks the value's type, and fails as it would natively. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setOption(NetworkChannel channel, SocketOption<?> option, Object value) throws IOException {
        channel.setOption((SocketOption) option, value);
    }

    /** The channel behind a handle; one closed (or never opened) fails like a closed channel. */
    private NetworkChannel channel(int handle) throws IOException {
        NetworkChannel channel = channels.find(handle);
        if (channel == null) {
            throw new ClosedChannelException();
        }
        return channel;
    }

    private <T> T typed(int handle, Class<T> type) throws IOException {
        NetworkChannel channel = channel(handle);
        if (!type.isInstance(channel)) {
            throw new MalformedCallException("channel " + handle + " is not a " + type.getSimpleName());
        }
        return type.cast(channel);
    }

    private SocketChannel socket(int handle) throws IOException {
        return typed(handle, SocketChannel.class);
    }

    private ServerSocketChannel server(int handle) throws IOException {
        return typed(handle, ServerSocketChannel.class);
    }

    private DatagramChannel datagram(int handle) throws IOException {
        return typed(handle, DatagramChannel.class);
    }
}
