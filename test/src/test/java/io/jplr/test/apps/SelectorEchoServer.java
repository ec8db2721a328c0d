package io.jplr.test.apps;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * A single-threaded, non-blocking line echo server on a Selector: answers every line with the line in upper
 * case, serves connections as they come, and exits after the N-th connection has ended. Prints the port it
 * listens on first, a summary last. Argument: N.
 */
public final class SelectorEchoServer {
    /** One client's pending input and output. */
    private static final class Connection {
        final ByteBuffer in = ByteBuffer.allocate(64);
        final StringBuilder out = new StringBuilder();
        final StringBuilder line = new StringBuilder();
        boolean ended;
    }

    private int lines;
    private long bytes;

    public static void main(String[] args) throws IOException {
        new SelectorEchoServer().serve(Integer.parseInt(args[0]));
    }

    private void serve(int expected) throws IOException {
        try (Selector selector = Selector.open(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            System.out.println("selectNow " + selector.selectNow());
            selector.wakeup();
            System.out.println("woken " + selector.select(60_000));
            System.out.println("listening on " + ((InetSocketAddress) server.getLocalAddress()).getPort());
            int served = 0;
            while (served < expected) {
                // A short timeout: some selects time out with nothing ready, as they would natively.
                selector.select(50);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (key.isAcceptable()) {
                        SocketChannel client = server.accept();
                        if (client != null) {
                            client.configureBlocking(false);
                            client.register(selector, SelectionKey.OP_READ, new Connection());
                        }
                        continue;
                    }
                    if (key.isReadable()) {
                        read(key);
                    }
                    if (key.isValid() && key.isWritable()) {
                        write(key);
                    }
                    Connection connection = (Connection) key.attachment();
                    if (key.isValid() && connection.ended && connection.out.length() == 0) {
                        key.cancel();
                        key.channel().close();
                        served++;
                    }
                }
            }
            // Cancelled keys leave the key set at the next selection.
            selector.selectNow();
            System.out.println("served " + served + " connections, " + lines + " lines, " + bytes + " bytes; keys "
                    + selector.keys().size());
        }
    }

    private void read(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        connection.in.clear();
        int n = ((SocketChannel) key.channel()).read(connection.in);
        if (n < 0) {
            connection.ended = true;
            return;
        }
        bytes += n;
        for (int i = 0; i < n; i++) {
            char c = (char) connection.in.get(i);
            if (c == '\n') {
                connection.out.append(connection.line.toString().toUpperCase()).append('\n');
                connection.line.setLength(0);
                lines++;
            } else {
                connection.line.append(c);
            }
        }
        if (connection.out.length() > 0) {
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    private static void write(SelectionKey key) throws IOException {
        Connection connection = (Connection) key.attachment();
        ByteBuffer pending = ByteBuffer.wrap(connection.out.toString().getBytes(StandardCharsets.UTF_8));
        int n = ((SocketChannel) key.channel()).write(pending);
        connection.out.delete(0, n);
        if (connection.out.length() == 0) {
            key.interestOps(connection.ended ? 0 : SelectionKey.OP_READ);
        }
    }
}
