package io.jplr.syscall.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChannelTest {
    @TempDir
    Path directory;

    private static void send(RingBuffer ring, byte[] payload, int kind, long stream, long sequence) {
        int index = ring.tryClaim(payload.length);
        assertTrue(index >= 0);
        ring.buffer().put(index, payload);
        ring.commit(kind, stream, sequence);
    }

    private static RecordView receive(RingBuffer ring) throws ChannelCorruptedException {
        RecordView view = new RecordView();
        assertTrue(ring.poll(view), "the other side's record is visible through the file");
        return view;
    }

    private static void overwriteInt(Path file, int offset, int value) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.allocate(Integer.BYTES).order(ByteOrder.nativeOrder()).putInt(0, value);
            channel.write(bytes, offset);
        }
    }

    @Test
    void createdFileIsReadableAndWritableByTheOwnerOnly() throws IOException {
        Path file = directory.resolve("replica-0.channel");
        Channel.create(file, 0, 1, 1024, 1024);
        // The channel carries the program's input and output: nobody else may map it.
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(ChannelDescriptor.fileLength(1024, 1024), Files.size(file));
    }

    @Test
    void otherSideSeesTheMastersHeaderAndAttachment() throws IOException {
        Path file = directory.resolve("replica-2.channel");
        Channel master = Channel.create(file, 2, 4242L, 1024, 2048);
        Channel replica = Channel.open(file);

        assertEquals(2, replica.replicaIndex());
        assertEquals(4242L, replica.masterPid());
        assertEquals(1024, replica.requests().capacity());
        assertEquals(2048, replica.responses().capacity());

        assertFalse(master.attached());
        assertFalse(replica.attached());
        replica.markAttached(777L);
        assertTrue(master.attached());
    }

    @Test
    void carriesOneInjectionRequestAndItsResultAcross() throws IOException {
        Path file = directory.resolve("replica-1.channel");
        Channel master = Channel.create(file, 1, 4242L, 1024, 1024);
        Channel replica = Channel.open(file);
        assertNull(replica.pendingInjection(), "nothing asked yet");

        long ticket = master.requestInjection(0x104, 123_456L, -7L);
        InjectionRequest request = replica.pendingInjection();
        assertEquals(new InjectionRequest(ticket, 0x104, 123_456L, -7L), request);
        assertNull(master.injectionResult(ticket), "not carried out yet");

        replica.completeInjection(ticket, "flipped bit 3");
        assertEquals("flipped bit 3", master.injectionResult(ticket));
        assertNull(replica.pendingInjection(), "carried out once");
        assertNull(master.injectionResult(ticket + 1), "a later request has no result yet");

        replica.publishBranchCount(99L);
        assertEquals(99L, master.branchCount());
    }

    @Test
    void anInjectionResultFromAnUntrustedReplicaIsBoundedAndStrippedOfControlCharacters() throws IOException {
        Path file = directory.resolve("replica-0.channel");
        Channel master = Channel.create(file, 0, 4242L, 1024, 1024);
        Channel replica = Channel.open(file);
        long ticket = master.requestInjection(1, 0, 0);
        replica.completeInjection(ticket, "a\nb\u001b[31m" + "x".repeat(1000));
        String result = master.injectionResult(ticket);
        assertTrue(result.startsWith("a b [31mxxx"), result);
        assertEquals(ChannelDescriptor.INJECTION_RESULT_CAPACITY, result.length());
        // A length field a replica garbled is clamped, never read past the block.
        overwriteInt(file, ChannelDescriptor.INJECTION_RESULT_LENGTH_OFFSET, Integer.MAX_VALUE);
        assertEquals(ChannelDescriptor.INJECTION_RESULT_CAPACITY, master.injectionResult(ticket).length());
        overwriteInt(file, ChannelDescriptor.INJECTION_RESULT_LENGTH_OFFSET, -5);
        assertEquals("", master.injectionResult(ticket));
    }

    @Test
    void exchangesRecordsBothWays() throws Exception {
        Path file = directory.resolve("replica-1.channel");
        // Different capacities, so a response ring at the wrong offset would not line up.
        Channel master = Channel.create(file, 1, 10, 1024, 4096);
        Channel replica = Channel.open(file);

        byte[] request = "hello master".getBytes(StandardCharsets.UTF_8);
        send(replica.requests(), request, 3, 1L, 1L);
        assertFalse(replica.responses().poll(new RecordView()), "a request never shows up as a response");
        RecordView got = receive(master.requests());
        assertEquals(3, got.kind());
        assertEquals(1L, got.stream());
        assertEquals(1L, got.sequence());
        assertArrayEquals(request, got.payloadCopy());
        master.requests().release(got);
        assertTrue(replica.requests().drained(), "the replica sees that the master consumed its request");

        // The largest response the 4096-byte ring takes, so it spans most of the ring.
        byte[] response = new byte[master.responses().maxPayload()];
        for (int i = 0; i < response.length; i++) {
            response[i] = (byte) (i * 13);
        }
        send(master.responses(), new byte[0], 0, 1L, 1L);
        send(master.responses(), response, 5, 1L, 2L);
        assertFalse(master.requests().poll(new RecordView()), "a response never shows up as a request");
        RecordView first = receive(replica.responses());
        assertEquals(1L, first.sequence());
        assertEquals(0, first.payloadLength());
        replica.responses().release(first);
        RecordView second = receive(replica.responses());
        assertEquals(2L, second.sequence());
        assertEquals(5, second.kind());
        assertArrayEquals(response, second.payloadCopy());
        replica.responses().release(second);
        assertFalse(replica.responses().poll(new RecordView()));
        assertTrue(master.responses().drained());
    }

    @Test
    void openRejectsAFileWithTheWrongMagic() throws IOException {
        Path file = directory.resolve("replica-0.channel");
        Channel.create(file, 0, 1, 1024, 1024);
        overwriteInt(file, ChannelDescriptor.MAGIC_OFFSET, 0x12345678);
        assertThrows(IOException.class, () -> Channel.open(file));
    }

    @Test
    void openRejectsAFileOfZerosAndAnotherVersion() throws IOException {
        Path zeros = directory.resolve("zeros.channel");
        Files.write(zeros, new byte[ChannelDescriptor.fileLength(1024, 1024)]);
        assertThrows(IOException.class, () -> Channel.open(zeros));

        Path future = directory.resolve("future.channel");
        Channel.create(future, 0, 1, 1024, 1024);
        overwriteInt(future, ChannelDescriptor.VERSION_OFFSET, ChannelDescriptor.VERSION + 1);
        assertThrows(IOException.class, () -> Channel.open(future));
    }

    @Test
    void createNeverReusesAnExistingFile() throws IOException {
        Path file = directory.resolve("replica-0.channel");
        Files.write(file, new byte[] {1, 2, 3});
        assertThrows(FileAlreadyExistsException.class, () -> Channel.create(file, 0, 1, 1024, 1024));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file));
    }

    @Test
    void createRejectsInvalidCapacitiesBeforeCreatingTheFile() {
        Path file = directory.resolve("replica-0.channel");
        assertThrows(IllegalArgumentException.class, () -> Channel.create(file, 0, 1, 1000, 1024));
        assertThrows(IllegalArgumentException.class, () -> Channel.create(file, 0, 1, 1024, 512));
        assertFalse(Files.exists(file));
    }
}
