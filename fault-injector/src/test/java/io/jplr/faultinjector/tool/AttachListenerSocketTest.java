package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttachListenerSocketTest {
    private static final ProcessHandle SELF = ProcessHandle.current();

    @TempDir
    Path directory;

    @Test
    void aSocketOfThePidMadeSinceTheProcessStartedIsOpen() throws Exception {
        try (ServerSocketChannel listener = listenAt(socketPath())) {
            assertTrue(new AttachListenerSocket(directory).isOpen(SELF));
        }
    }

    @Test
    void aSocketLeftByAnEarlierProcessOfTheSamePidIsNot() throws Exception {
        try (ServerSocketChannel listener = listenAt(socketPath())) {
            Instant before = SELF.info().startInstant().orElseThrow().minusSeconds(60);
            Files.setLastModifiedTime(socketPath(), FileTime.from(before));
            assertFalse(new AttachListenerSocket(directory).isOpen(SELF));
        }
    }

    @Test
    void noSocketOrAPlainFileIsNot() throws Exception {
        AttachListenerSocket socket = new AttachListenerSocket(directory);
        assertFalse(socket.isOpen(SELF));
        Files.createFile(socketPath());
        assertFalse(socket.isOpen(SELF));
    }

    @Test
    void anotherPidsSocketIsNot() throws Exception {
        try (ServerSocketChannel listener = listenAt(directory.resolve(".java_pid" + (SELF.pid() + 1)))) {
            assertFalse(new AttachListenerSocket(directory).isOpen(SELF));
        }
    }

    private Path socketPath() {
        return directory.resolve(".java_pid" + SELF.pid());
    }

    private static ServerSocketChannel listenAt(Path path) throws Exception {
        ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        channel.bind(UnixDomainSocketAddress.of(path));
        return channel;
    }
}
