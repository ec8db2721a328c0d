package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.RefusedChannels;
import io.jplr.test.apps.UsesHttpClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sockets under jPLR: a file server answering curl, an echo client, and the refusal of what is not covered
 * (UNIX-domain channels, a Selector with a local channel). NIO network channels: ChannelTest.
 */
class NetworkTest {
    @TempDir
    Path root;

    @Test
    void theHttpFileServerAnswersCurlRequestAfterRequestUnderTmr() throws Exception {
        byte[] blob = new byte[300_000];
        new Random(3).nextBytes(blob);
        Files.write(root.resolve("blob.bin"), blob);
        Files.writeString(root.resolve("index.html"), "<h1>jPLR</h1>\n");
        Process server = Launch.under("TMR", Jvm.current()).sample("http-server", "small", root.toString(), "0", "4")
                .start();
        try {
            BufferedReader log = new BufferedReader(new InputStreamReader(server.getInputStream(),
                    StandardCharsets.UTF_8));
            String listening = log.readLine();
            assertTrue(listening != null && listening.startsWith("listening on "), String.valueOf(listening));
            String base = "http://127.0.0.1:" + listening.substring("listening on ".length());
            assertEquals("<h1>jPLR</h1>\n", new String(curl(base + "/index.html"), StandardCharsets.UTF_8));
            assertArrayEquals(blob, curl(base + "/blob.bin"));
            assertEquals("not found\n", new String(curl(base + "/missing"), StandardCharsets.UTF_8));
            assertArrayEquals(blob, curl(base + "/blob.bin"));
            assertEquals("GET /index.html 200 14", log.readLine());
            assertEquals("GET /blob.bin 200 300000", log.readLine());
            assertEquals("GET /missing 404", log.readLine());
            assertEquals("GET /blob.bin 200 300000", log.readLine());
            assertTrue(server.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, server.exitValue(), new String(server.getErrorStream().readAllBytes()));
        } finally {
            server.destroyForcibly();
        }
    }

    private static byte[] curl(String url) throws IOException, InterruptedException {
        Process curl = new ProcessBuilder("curl", "--silent", "--show-error", "--max-time", "60", url).start();
        byte[] body = curl.getInputStream().readAllBytes();
        assertEquals(0, curl.waitFor(), new String(curl.getErrorStream().readAllBytes()));
        return body;
    }

    @Test
    void theEchoClientTalksToTheServerOnceUnderDmrAndTmr() {
        byte[] input = "one\ntwo\nthree\n".getBytes(StandardCharsets.UTF_8);
        for (String mode : List.of("DMR", "TMR")) {
            try (EchoServer server = new EchoServer()) {
                Run run = Launch.under(mode, Jvm.current()).stdin(input)
                        .sample("echo-client", "small", "127.0.0.1", Integer.toString(server.port())).run();
                assertEquals(0, run.exitStatus(), run::toString);
                assertEquals("ONE\nTWO\nTHREE\n", run.out(), mode);
                assertEquals("", run.err(), mode);
                assertEquals(1, server.connections(), mode + ": one connection");
                assertEquals(List.of("one", "two", "three"), server.lines(), mode + ": each line once");
            }
        }
    }

    @Test
    void aUnixDomainSocketChannelIsRefusedWithAClearErrorAndNoConnection() throws IOException {
        Path socket = root.resolve("peer.sock");
        try (ServerSocketChannel peer = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            peer.bind(UnixDomainSocketAddress.of(socket));
            peer.configureBlocking(false);
            Run run = Launch.under("TMR", Jvm.current()).app(RefusedChannels.class, "unix", socket.toString()).run();
            assertEquals(1, run.exitStatus(), run::toString);
            assertTrue(run.err().contains(
                    "java.lang.UnsupportedOperationException: jPLR: UNIX-domain SocketChannel"), run::toString);
            assertEquals("", run.out());
            assertNull(peer.accept(), "no replica connected by itself");
        }
    }

    @Test
    void aSelectorWithALocalPipeIsRefusedWithAClearError() {
        Run run = Launch.under("DMR", Jvm.current()).app(RefusedChannels.class, "pipe").run();
        assertEquals(1, run.exitStatus(), run::toString);
        assertTrue(run.err().contains("java.lang.UnsupportedOperationException: jPLR: Selector with a "),
                run::toString);
        assertEquals("", run.out());
    }

    @Test
    void anHttpClientIsRefusedWithAClearErrorAndNoConnection() {
        try (EchoServer server = new EchoServer()) {
            Run run = Launch.under("TMR", Jvm.current())
                    .app(UsesHttpClient.class, "http://127.0.0.1:" + server.port() + "/").run();
            assertEquals(1, run.exitStatus(), run::toString);
            assertTrue(run.err().contains(
                    "java.lang.UnsupportedOperationException: jPLR: java.net.http.HttpClient"), run::toString);
            assertEquals(0, server.connections(), "no connection");
        }
    }
}
