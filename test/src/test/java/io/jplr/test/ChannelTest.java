package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.DatagramExchange;
import io.jplr.test.apps.SelectorClient;
import io.jplr.test.apps.SelectorEchoServer;
import io.jplr.test.apps.SocketChannelClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * NIO network channels under jPLR: a blocking SocketChannel client, a non-blocking client and a server on a
 * Selector, and datagrams through DatagramSocket and DatagramChannel. Each program's output is that of a
 * native run, and the peers (run by the test) see every connection, line and datagram exactly once.
 */
class ChannelTest {
    private static final List<String> MODES = List.of("DMR", "TMR");

    @Test
    void aBlockingSocketChannelClientTalksToTheServerOnceAsNatively() {
        for (Jvm jvm : Jvm.all()) {
            String expected = nativeOutput(jvm, SocketChannelClient.class);
            for (String mode : MODES) {
                try (EchoServer server = new EchoServer()) {
                    Run run = Launch.under(mode, jvm).app(SocketChannelClient.class, Integer.toString(server.port()))
                            .run();
                    assertEquals(0, run.exitStatus(), run::toString);
                    assertEquals(expected, run.out(), jvm + " " + mode);
                    assertEquals("", run.err(), jvm + " " + mode);
                    assertEquals(1, server.connections(), jvm + " " + mode + ": one connection");
                    assertEquals(List.of("one", "two", "three"), server.lines(), jvm + " " + mode + ": each line once");
                }
            }
        }
    }

    @Test
    void aNonBlockingClientOnASelectorBehavesAsNatively() {
        Jvm jvm = Jvm.current();
        String expected = nativeOutput(jvm, SelectorClient.class);
        assertTrue(expected.contains("replies ALPHA BETA"), expected);
        for (String mode : MODES) {
            try (EchoServer server = new EchoServer()) {
                Run run = Launch.under(mode, jvm).app(SelectorClient.class, Integer.toString(server.port())).run();
                assertEquals(0, run.exitStatus(), run::toString);
                assertEquals(expected, run.out(), mode);
                assertEquals("", run.err(), mode);
                assertEquals(1, server.connections(), mode + ": one connection");
                assertEquals(List.of("alpha", "beta", "gamma"), server.lines(), mode + ": each line once");
            }
        }
    }

    @Test
    void aSelectorEchoServerServesConcurrentClientsUnderTmr() throws Exception {
        for (Jvm jvm : Jvm.all()) {
            Process server = Launch.under("TMR", jvm).app(SelectorEchoServer.class, "3").start();
            CompletableFuture<byte[]> errors = Launch.drain(server.getErrorStream());
            try {
                BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(),
                        StandardCharsets.UTF_8));
                assertEquals("selectNow 0", log.readLine(), jvm.toString());
                assertEquals("woken 0", log.readLine(), jvm.toString());
                String listening = log.readLine();
                assertTrue(listening != null && listening.startsWith("listening on "), String.valueOf(listening));
                int port = Integer.parseInt(listening.substring("listening on ".length()));
                List<CompletableFuture<List<String>>> clients = new ArrayList<>();
                for (int client = 0; client < 3; client++) {
                    int id = client;
                    clients.add(CompletableFuture.supplyAsync(() -> converse(port, id)));
                }
                for (int client = 0; client < 3; client++) {
                    assertEquals(List.of("CLIENT " + client + " LINE 0", "CLIENT " + client + " LINE 1",
                            "CLIENT " + client + " LINE 2", "<end>"), clients.get(client).get(60, TimeUnit.SECONDS),
                            jvm + ": client " + client);
                }
                assertEquals("served 3 connections, 9 lines, 144 bytes; keys 1", log.readLine(), jvm.toString());
                assertEquals(null, log.readLine());
                assertTrue(server.waitFor(60, TimeUnit.SECONDS));
                assertEquals(0, server.exitValue(), jvm.toString());
                assertEquals("", new String(errors.get(), StandardCharsets.UTF_8), jvm.toString());
            } finally {
                server.destroyForcibly();
            }
        }
    }

    /** One client of the selector server: three lines, each answered before the next, then a half-close. */
    private static List<String> converse(int port, int id) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            List<String> replies = new ArrayList<>();
            for (int line = 0; line < 3; line++) {
                out.write(("client " + id + " line " + line + "\n").getBytes(StandardCharsets.UTF_8));
                replies.add(in.readLine());
            }
            socket.shutdownOutput();
            String end = in.readLine();
            replies.add(end == null ? "<end>" : end);
            return replies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void datagramsGoOutAndComeInOnceAsNatively() {
        List<String> sent = List.of("socket 1", "socket 2 is longer", "channel 1", "channel 2");
        for (Jvm jvm : Jvm.all()) {
            String expected;
            try (DatagramEchoServer echo = new DatagramEchoServer()) {
                Run run = Launch.on(jvm).app(DatagramExchange.class, Integer.toString(echo.port())).run();
                assertEquals(0, run.exitStatus(), run::toString);
                assertEquals(sent, echo.received(), jvm + " natively");
                expected = run.out();
            }
            for (String mode : MODES) {
                try (DatagramEchoServer echo = new DatagramEchoServer()) {
                    Run run = Launch.under(mode, jvm).app(DatagramExchange.class, Integer.toString(echo.port())).run();
                    assertEquals(0, run.exitStatus(), run::toString);
                    assertEquals(expected, run.out(), jvm + " " + mode);
                    assertEquals("", run.err(), jvm + " " + mode);
                    assertEquals(sent, echo.received(), jvm + " " + mode + ": each datagram once");
                }
            }
        }
    }

    /** A native run's stdout against an echo server of its own. */
    private static String nativeOutput(Jvm jvm, Class<?> app) {
        try (EchoServer server = new EchoServer()) {
            Run run = Launch.on(jvm).app(app, Integer.toString(server.port())).run();
            assertEquals(0, run.exitStatus(), run::toString);
            return run.out();
        }
    }
}
