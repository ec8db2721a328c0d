package io.jplr.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A UDP server on the loopback interface, run by the test itself (outside jPLR): answers every datagram with
 * its text in upper case, and records every datagram it received.
 */
final class DatagramEchoServer implements AutoCloseable {
    private final DatagramSocket socket;
    private final List<String> received = new CopyOnWriteArrayList<>();

    DatagramEchoServer() {
        try {
            socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread echo = new Thread(this::answerAll, "datagram-echo");
        echo.setDaemon(true);
        echo.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    List<String> received() {
        return List.copyOf(received);
    }

    private void answerAll() {
        byte[] buffer = new byte[2048];
        while (!socket.isClosed()) {
            try {
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                socket.receive(packet);
                String text = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
                received.add(text);
                byte[] reply = text.toUpperCase().getBytes(StandardCharsets.UTF_8);
                socket.send(new DatagramPacket(reply, reply.length, packet.getSocketAddress()));
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
