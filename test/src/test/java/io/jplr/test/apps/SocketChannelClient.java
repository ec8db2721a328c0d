package io.jplr.test.apps;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * A blocking SocketChannel client of a line echo server: plain, gathering and scattering transfers,
 * options, half-close, end of stream, a refused connect and use after close. Argument: PORT.
 */
public final class SocketChannelClient {
    public static void main(String[] args) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        try (SocketChannel channel = SocketChannel.open()) {
            System.out.println("open " + channel.isOpen() + " blocking " + channel.isBlocking()
                    + " connected " + channel.isConnected());
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            System.out.println("nodelay " + channel.getOption(StandardSocketOptions.TCP_NODELAY)
                    + " supported " + channel.supportedOptions().contains(StandardSocketOptions.SO_KEEPALIVE));
            InetSocketAddress server = new InetSocketAddress(loopback, Integer.parseInt(args[0]));
            System.out.println("connect " + channel.connect(server));
            System.out.println("connected " + channel.isConnected() + " pending " + channel.isConnectionPending()
                    + " finish " + channel.finishConnect());
            InetSocketAddress remote = (InetSocketAddress) channel.getRemoteAddress();
            InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
            System.out.println("remote " + remote.getAddress() + " local loopback "
                    + local.getAddress().isLoopbackAddress());

            channel.write(ByteBuffer.wrap("one\n".getBytes(StandardCharsets.UTF_8)));
            System.out.println("reply " + readLine(channel));
            ByteBuffer[] gathered = {ByteBuffer.wrap("tw".getBytes(StandardCharsets.UTF_8)),
                    ByteBuffer.wrap("o\nthree\n".getBytes(StandardCharsets.UTF_8))};
            System.out.println("gathered " + channel.write(gathered) + " left " + gathered[1].remaining());
            System.out.println("reply " + readLine(channel));
            System.out.println("reply " + readLine(channel));

            channel.shutdownOutput();
            ByteBuffer[] scattered = {ByteBuffer.allocate(2), ByteBuffer.allocate(8)};
            System.out.println("after shutdown " + channel.read(scattered));
            System.out.println("empty read " + channel.read(ByteBuffer.allocate(0)));
            channel.close();
            System.out.println("open " + channel.isOpen());
            try {
                channel.read(ByteBuffer.allocate(4));
            } catch (ClosedChannelException e) {
                System.out.println("read after close: " + e);
            }
        }
        refusedConnect(loopback);
    }

    /** Reads up to a newline, one byte at a time through two scattered buffers every other call. */
    private static String readLine(SocketChannel channel) throws IOException {
        StringBuilder line = new StringBuilder();
        ByteBuffer one = ByteBuffer.allocate(1);
        while (true) {
            one.clear();
            if (channel.read(one) < 0) {
                return line + "<eof>";
            }
            char c = (char) one.get(0);
            if (c == '\n') {
                return line.toString();
            }
            line.append(c);
        }
    }

    private static void refusedConnect(InetAddress loopback) throws IOException {
        int port;
        try (ServerSocketChannel closed = ServerSocketChannel.open()) {
            closed.bind(new InetSocketAddress(loopback, 0));
            port = ((InetSocketAddress) closed.getLocalAddress()).getPort();
        }
        SocketChannel refused = SocketChannel.open();
        try {
            refused.connect(new InetSocketAddress(loopback, port));
            System.out.println("connected to a closed port?");
        } catch (IOException e) {
            System.out.println("refused: " + e.getClass().getName() + ": " + e.getMessage()
                    + "; open " + refused.isOpen());
        }
    }
}
