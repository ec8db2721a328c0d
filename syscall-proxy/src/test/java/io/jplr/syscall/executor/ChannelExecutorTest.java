package io.jplr.syscall.executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.SocketOptionCodec;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.SelectionKey;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The master's side of channels and selectors, without replicas: what a replica's RemoteSelector and
 * channels send, against real sockets on the loopback interface.
 */
class ChannelExecutorTest {
    private final CallExecutor executor = new CallExecutor();

    @Test
    void aSelectAnswersTheReadyRegistrationsInRegistrationOrder() throws IOException {
        int server = ok(Call.CHANNEL_OPEN, new WireWriter().writeInt(2).writeInt(0)).readInt();
        WireWriter bind = new WireWriter().writeInt(server).writeBoolean(true);
        SocketOptionCodec.writeEndpoint(bind, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        InetSocketAddress local = SocketOptionCodec.readEndpoint(ok(Call.CHANNEL_BIND, bind.writeInt(0)));
        ok(Call.CHANNEL_CONFIGURE_BLOCKING, new WireWriter().writeInt(server).writeBoolean(false));
        int selector = ok(Call.SELECTOR_OPEN, new WireWriter().writeInt(0)).readInt();

        WireReader nothing = ok(Call.SELECTOR_SELECT, select(selector, -1, server, SelectionKey.OP_ACCEPT));
        assertEquals(0, nothing.readInt(), "nobody connected yet");
        assertEquals(-1, ok(Call.CHANNEL_ACCEPT, new WireWriter().writeInt(server)).readInt(), "non-blocking: none");

        try (Socket client = new Socket(local.getAddress(), local.getPort())) {
            WireReader ready = ok(Call.SELECTOR_SELECT, select(selector, 10_000, server, SelectionKey.OP_ACCEPT));
            assertEquals(1, ready.readInt());
            assertEquals(0, ready.readInt(), "the first registration");
            assertEquals(SelectionKey.OP_ACCEPT, ready.readInt());
            WireReader accepted = ok(Call.CHANNEL_ACCEPT, new WireWriter().writeInt(server));
            int connection = accepted.readInt();
            assertEquals(client.getLocalPort(), SocketOptionCodec.readEndpoint(accepted).getPort());
            ok(Call.CHANNEL_CONFIGURE_BLOCKING, new WireWriter().writeInt(connection).writeBoolean(false));

            client.getOutputStream().write("ping".getBytes(StandardCharsets.UTF_8));
            // Two registrations; only the second is ready: its index is 1.
            WireReader readable = ok(Call.SELECTOR_SELECT, select(selector, 10_000, server, SelectionKey.OP_ACCEPT,
                    connection, SelectionKey.OP_READ | SelectionKey.OP_WRITE));
            assertEquals(1, readable.readInt());
            assertEquals(1, readable.readInt());
            assertEquals(SelectionKey.OP_READ | SelectionKey.OP_WRITE, readable.readInt());
            Answer read = executor.answer(Call.CHANNEL_READ, new WireWriter().writeInt(connection).writeInt(100)
                    .toByteArray());
            assertArrayEquals("ping".getBytes(StandardCharsets.UTF_8), read.bytes());
            Answer empty = executor.answer(Call.CHANNEL_READ, new WireWriter().writeInt(connection).writeInt(100)
                    .toByteArray());
            assertEquals(Answer.OK, empty.status());
            assertEquals(0, empty.bytes().length, "non-blocking: nothing there");
            assertEquals(4, ok(Call.CHANNEL_WRITE, new WireWriter().writeInt(connection)
                    .writeBytes("pong".getBytes(StandardCharsets.UTF_8))).readInt());
            InputStream in = client.getInputStream();
            assertArrayEquals("pong".getBytes(StandardCharsets.UTF_8), in.readNBytes(4));

            // A replica cancelled its key and makes the channel blocking before it selects again (as the JDK's
            // HTTP server does): the master's key is cancelled with it, or the real channel would refuse.
            ok(Call.CHANNEL_CONFIGURE_BLOCKING, new WireWriter().writeInt(connection).writeBoolean(true));
            ok(Call.SELECTOR_SELECT, select(selector, -1, server, SelectionKey.OP_ACCEPT));
            ok(Call.CHANNEL_CONFIGURE_BLOCKING, new WireWriter().writeInt(connection).writeBoolean(false));
            client.getOutputStream().write("again".getBytes(StandardCharsets.UTF_8));
            WireReader again = ok(Call.SELECTOR_SELECT, select(selector, 10_000, server, SelectionKey.OP_ACCEPT,
                    connection, SelectionKey.OP_READ));
            assertEquals(1, again.readInt(), "registered anew");
            ok(Call.CHANNEL_CLOSE, new WireWriter().writeInt(connection));
            assertEquals(-1, in.read(), "the peer sees the close");
        }
        ok(Call.SELECTOR_CLOSE, new WireWriter().writeInt(selector));
        ok(Call.CHANNEL_CLOSE, new WireWriter().writeInt(server));
    }

    @Test
    void aWakeupEndsTheNextSelectAtOnce() {
        int selector = ok(Call.SELECTOR_OPEN, new WireWriter().writeInt(0)).readInt();
        ok(Call.SELECTOR_WAKEUP, new WireWriter().writeInt(selector));
        long start = System.nanoTime();
        WireReader woken = ok(Call.SELECTOR_SELECT, new WireWriter().writeInt(selector).writeLong(0).writeInt(0));
        assertEquals(0, woken.readInt());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "woken, not blocked");
        ok(Call.SELECTOR_CLOSE, new WireWriter().writeInt(selector));
        ok(Call.SELECTOR_WAKEUP, new WireWriter().writeInt(selector));
    }

    private static WireWriter select(int selector, long timeout, int... registrations) {
        WireWriter out = new WireWriter().writeInt(selector).writeLong(timeout).writeInt(registrations.length / 2);
        for (int registration : registrations) {
            out.writeInt(registration);
        }
        return out;
    }

    private WireReader ok(Call call, WireWriter arguments) {
        Answer answer = executor.answer(call, arguments.toByteArray());
        assertEquals(Answer.OK, answer.status(), call + ": " + answer.message());
        return new WireReader(answer.bytes());
    }
}
