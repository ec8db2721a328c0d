package io.jplr.syscall.executor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.RemoteFailure;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.sharedmemory.MappingMode;
import io.jplr.sharedmemory.ScopedAccess;
import io.jplr.sharedmemory.WriteBatch;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.FileOpenKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master's half of copy and execute, driven through the executor as the replicas' calls reach it. */
class MappingExecutorTest {
    @TempDir
    Path directory;

    private CallExecutor executor() {
        return new CallExecutor(directory.resolve("run"));
    }

    private static int open(CallExecutor executor, Path file, int mode) {
        Answer answer = executor.answer(Call.FILE_OPEN, new WireWriter().writeString(file.toString())
                .writeByte(FileOpenKind.RANDOM_ACCESS.ordinal()).writeInt(mode).toByteArray());
        assertEquals(Answer.OK, answer.status(), answer.message());
        return new WireReader(answer.bytes()).readInt();
    }

    private static Answer map(CallExecutor executor, int handle, MappingMode mode, long position, long size) {
        return executor.answer(Call.MAP_OPEN, new WireWriter().writeInt(handle).writeInt(mode.code())
                .writeLong(position).writeLong(size).toByteArray());
    }

    private static byte[] read(CallExecutor executor, int mapping, long offset, int length) {
        Answer answer = executor.answer(Call.MAP_READ, new WireWriter().writeInt(mapping).writeLong(offset)
                .writeInt(length).toByteArray());
        assertEquals(Answer.OK, answer.status(), answer.message());
        return answer.bytes();
    }

    @Test
    void votedWritesReachTheFileAndReadsAreTheFilesBytes() throws IOException {
        Path file = directory.resolve("shared");
        Files.write(file, new byte[100]);
        CallExecutor executor = executor();
        int handle = open(executor, file, FileOpenKind.O_RDWR);
        int mapping = new WireReader(map(executor, handle, MappingMode.READ_WRITE, 0, 4096).bytes()).readInt();
        assertEquals(4096, Files.size(file), "a read-write mapping past the end grows the file, as natively");
        WriteBatch batch = new WriteBatch(1024);
        batch.add(mapping, 10, new byte[] {1, 2, 3}, 0, 3);
        batch.add(mapping, 13, new byte[] {4}, 0, 1);
        executor.perform(Call.MAP_WRITE, batch.drain());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, Arrays.copyOfRange(Files.readAllBytes(file), 10, 14));
        Files.write(file, new byte[] {9}, java.nio.file.StandardOpenOption.WRITE);
        assertArrayEquals(new byte[] {9, 0}, read(executor, mapping, 0, 2), "another process's write shows");
        assertEquals(mapping, new WireReader(map(executor, handle, MappingMode.READ_WRITE, 0, 4096).bytes())
                .readInt(), "the same region again is the same mapping");
    }

    @Test
    void atomicUpdatesAreThePrimitivesOfTheRealMapping() throws IOException {
        Path file = directory.resolve("atomic");
        Files.write(file, new byte[4096]);
        CallExecutor executor = executor();
        int mapping = new WireReader(map(executor, open(executor, file, FileOpenKind.O_RDWR), MappingMode.READ_WRITE,
                0, 4096).bytes()).readInt();
        long old = atomic(executor, mapping, ScopedAccess.Kind.GET_AND_ADD, 8, 0, 5);
        long again = atomic(executor, mapping, ScopedAccess.Kind.GET_AND_ADD, 8, 0, 5);
        assertEquals(0, old);
        assertEquals(5, again);
        assertEquals(10, ByteBuffer.wrap(read(executor, mapping, 8, 8)).order(ByteOrder.nativeOrder()).getLong());
    }

    private static long atomic(CallExecutor executor, int mapping, ScopedAccess.Kind kind, long offset, long expected,
            long operand) {
        Answer answer = executor.answer(Call.MAP_ATOMIC, new WireWriter().writeInt(mapping).writeLong(offset)
                .writeInt(kind.ordinal()).writeInt(ScopedAccess.ValueType.LONG.ordinal()).writeLong(expected)
                .writeLong(operand).toByteArray());
        assertEquals(Answer.OK, answer.status(), answer.message());
        return new WireReader(answer.bytes()).readLong();
    }

    @Test
    void aPrivateMappingIsACopyOfTheRegionAlignedAsInItsPage() throws IOException {
        Path file = directory.resolve("private");
        byte[] content = new byte[10_000];
        new Random(3).nextBytes(content);
        Files.write(file, content);
        CallExecutor executor = executor();
        // PRIVATE wants a channel open for reading and writing, as natively.
        Answer mapped = map(executor, open(executor, file, FileOpenKind.O_RDWR), MappingMode.PRIVATE, 5000, 3000);
        assertEquals(Answer.OK, mapped.status(), mapped.message());
        WireReader answer = new WireReader(mapped.bytes());
        assertEquals(-1, answer.readInt());
        Path copy = Path.of(answer.readString());
        int pad = answer.readInt();
        assertEquals(5000 % 4096, pad);
        byte[] copied = Files.readAllBytes(copy);
        assertArrayEquals(Arrays.copyOfRange(content, 5000, 8000), Arrays.copyOfRange(copied, pad, pad + 3000));
        assertTrue(copy.startsWith(directory.resolve("run")));
    }

    @Test
    void theJdksOwnFailuresComeBackAsNativeOnes() throws IOException {
        Path file = directory.resolve("read-only");
        Files.write(file, new byte[10]);
        CallExecutor executor = executor();
        Answer answer = map(executor, open(executor, file, FileOpenKind.O_RDONLY), MappingMode.READ_WRITE, 0, 10);
        assertEquals(Answer.THROWN, answer.status());
        assertTrue(RemoteFailure.decode(answer.bytes()) instanceof NonWritableChannelException);
    }

    @Test
    void writesIntoAMappingNobodyMadeOrOutsideOneApplyNothingAndThrowNothing() throws IOException {
        Path file = directory.resolve("garbage");
        Files.write(file, new byte[4096]);
        CallExecutor executor = executor();
        int mapping = new WireReader(map(executor, open(executor, file, FileOpenKind.O_RDWR), MappingMode.READ_WRITE,
                0, 4096).bytes()).readInt();
        WriteBatch batch = new WriteBatch(1024);
        batch.add(mapping, 0, new byte[] {1}, 0, 1);
        batch.add(mapping, 4095, new byte[] {1, 1}, 0, 2);
        executor.perform(Call.MAP_WRITE, batch.drain());
        batch.add(mapping + 7, 0, new byte[] {1}, 0, 1);
        executor.perform(Call.MAP_WRITE, batch.drain());
        Random random = new Random(5);
        for (int i = 0; i < 500; i++) {
            byte[] garbage = new byte[random.nextInt(60)];
            random.nextBytes(garbage);
            executor.perform(Call.MAP_WRITE, garbage);
        }
        assertEquals(0, Files.readAllBytes(file)[0], "a batch with one bad write applies none of it");
    }
}
