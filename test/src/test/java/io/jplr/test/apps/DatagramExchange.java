package io.jplr.test.apps;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;

/**
 * Datagrams to and from an echo server that answers each in upper case: through a DatagramSocket (one packet
 * received into twice, a receive that times out) and through a DatagramChannel (send and receive, then
 * connected write and read, then a non-blocking receive with nothing there). Argument: PORT.
 */
public final class DatagramExchange {
    public static void main(String[] args) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        InetSocketAddress echo = new InetSocketAddress(loopback, Integer.parseInt(args[0]));
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.setSoTimeout(10_000);
            System.out.println("bound " + socket.isBound() + " timeout " + socket.getSoTimeout());
            DatagramPacket reply = new DatagramPacket(new byte[512], 512);
            for (String message : new String[] {"socket 1", "socket 2 is longer"}) {
                byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(bytes, bytes.length, echo));
                socket.receive(reply);
                System.out.println("reply " + text(reply.getData(), reply.getLength()) + " from "
                        + reply.getAddress() + " same port " + (reply.getPort() == echo.getPort()));
            }
            socket.setSoTimeout(200);
            try {
                socket.receive(reply);
                System.out.println("an unexpected datagram");
            } catch (SocketTimeoutException e) {
                System.out.println("timed out: " + e.getMessage());
            }
        }
        try (DatagramChannel channel = DatagramChannel.open()) {
            channel.bind(new InetSocketAddress(loopback, 0));
            System.out.println("channel bound to loopback "
                    + ((InetSocketAddress) channel.getLocalAddress()).getAddress().isLoopbackAddress());
            ByteBuffer first = ByteBuffer.wrap("channel 1".getBytes(StandardCharsets.UTF_8));
            System.out.println("sent " + channel.send(first, echo));
            ByteBuffer buffer = ByteBuffer.allocate(100);
            SocketAddress sender = channel.receive(buffer);
            System.out.println("received " + text(buffer.array(), buffer.position()) + " from echo "
                    + sender.equals(echo));
            channel.connect(echo);
            System.out.println("connected " + channel.isConnected() + " to echo "
                    + channel.getRemoteAddress().equals(echo));
            channel.write(ByteBuffer.wrap("channel 2".getBytes(StandardCharsets.UTF_8)));
            buffer.clear();
            System.out.println("read " + channel.read(buffer) + " " + text(buffer.array(), buffer.position()));
            channel.configureBlocking(false);
            buffer.clear();
            System.out.println("nothing pending " + channel.receive(buffer));
            channel.disconnect();
            System.out.println("connected " + channel.isConnected());
        }
    }

    private static String text(byte[] bytes, int length) {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }
}
