package io.jplr.test.apps;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * A non-blocking client of a line echo server on a Selector: OP_CONNECT and finishConnect, OP_WRITE, OP_READ
 * until both replies are in, then a cancelled key, the channel made blocking again at once for one more
 * exchange, and the key set after the next selection. Argument: PORT.
 */
public final class SelectorClient {
    public static void main(String[] args) throws IOException {
        InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0]));
        ByteBuffer request = ByteBuffer.wrap("alpha\nbeta\n".getBytes(StandardCharsets.UTF_8));
        ByteBuffer reply = ByteBuffer.allocate(64);
        try (Selector selector = Selector.open(); SocketChannel channel = SocketChannel.open()) {
            channel.configureBlocking(false);
            // Over the loopback a connect may complete at once or be pending: both end up connected.
            boolean connectedAtOnce = channel.connect(server);
            SelectionKey key = channel.register(selector,
                    connectedAtOnce ? SelectionKey.OP_WRITE : SelectionKey.OP_CONNECT);
            if (connectedAtOnce) {
                System.out.println("connected");
            }
            System.out.println("registered " + selector.keys().contains(key) + " " + channel.isRegistered());
            int replies = 0;
            while (replies < 2) {
                if (selector.select(10_000) == 0) {
                    System.out.println("nothing ready for 10 s");
                    return;
                }
                for (SelectionKey ready : selector.selectedKeys()) {
                    if (ready.isConnectable() && channel.finishConnect()) {
                        System.out.println("connected");
                        ready.interestOps(SelectionKey.OP_WRITE);
                    } else if (ready.isWritable()) {
                        channel.write(request);
                        if (!request.hasRemaining()) {
                            ready.interestOps(SelectionKey.OP_READ);
                        }
                    } else if (ready.isReadable()) {
                        if (channel.read(reply) < 0) {
                            System.out.println("closed early");
                            return;
                        }
                        replies = count(reply);
                    }
                }
                selector.selectedKeys().clear();
            }
            System.out.println("replies " + new String(reply.array(), 0, reply.position(), StandardCharsets.UTF_8)
                    .replace('\n', ' '));
            // As the JDK's HTTP server does: cancel, and block at once, before the next selection.
            key.cancel();
            System.out.println("valid " + key.isValid() + " keys " + selector.keys().size());
            channel.configureBlocking(true);
            channel.write(ByteBuffer.wrap("gamma\n".getBytes(StandardCharsets.UTF_8)));
            reply.clear();
            while (count(reply) < 1) {
                channel.read(reply);
            }
            System.out.println("blocking again "
                    + new String(reply.array(), 0, reply.position(), StandardCharsets.UTF_8).trim()
                    + "; registered " + channel.isRegistered());
            System.out.println("selectNow " + selector.selectNow() + " keys " + selector.keys().size()
                    + " registered " + channel.isRegistered());
        }
        Selector closed = Selector.open();
        closed.close();
        try {
            closed.select();
        } catch (java.nio.channels.ClosedSelectorException e) {
            System.out.println("select after close: " + e);
        }
    }

    private static int count(ByteBuffer buffer) {
        int lines = 0;
        for (int i = 0; i < buffer.position(); i++) {
            lines += buffer.get(i) == '\n' ? 1 : 0;
        }
        return lines;
    }
}
