package io.jplr.sharedmemory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jplr.sharedmemory.ScopedAccess.Kind;
import io.jplr.sharedmemory.ScopedAccess.ValueType;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterMappingTest {
    @TempDir
    Path directory;

    private MasterMapping map(MappingMode mode) throws IOException {
        Path file = directory.resolve("mapped");
        if (!Files.exists(file)) {
            Files.write(file, new byte[4096]);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return new MasterMapping(0, mode, channel.map(mode.mapMode(), 0, 4096));
        }
    }

    @Test
    void writesReachTheFileAndReadsSeeIt() throws IOException {
        MasterMapping mapping = map(MappingMode.READ_WRITE);
        mapping.write(100, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {0, 1, 2, 3, 0}, mapping.read(99, 5));
        mapping.force(0, 4096);
        assertEquals(2, Files.readAllBytes(directory.resolve("mapped"))[101]);
    }

    @Test
    void offsetsOutsideTheMappingFailBeforeTouchingIt() throws IOException {
        MasterMapping mapping = map(MappingMode.READ_WRITE);
        assertThrows(IllegalArgumentException.class, () -> mapping.read(4095, 2));
        assertThrows(IllegalArgumentException.class, () -> mapping.read(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> mapping.read(0, -1));
        assertThrows(IllegalArgumentException.class, () -> mapping.read(0, MasterMapping.MAX_READ + 1));
        assertThrows(IllegalArgumentException.class, () -> mapping.write(Long.MAX_VALUE, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> mapping.force(4000, 200));
        assertThrows(IllegalArgumentException.class,
                () -> mapping.atomic(Kind.GET_AND_ADD, ValueType.LONG, 4090, 0, 1));
    }

    @Test
    void aReadOnlyMappingTakesNoWrite() throws IOException {
        MasterMapping mapping = map(MappingMode.READ_ONLY);
        assertThrows(IllegalArgumentException.class, () -> mapping.write(0, new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> mapping.atomic(Kind.GET_AND_SET, ValueType.INT, 0, 0, 1));
        assertEquals(4, mapping.read(0, 4).length);
    }

    @Test
    void atomicUpdatesReturnTheOldValueInNativeOrder() throws IOException {
        MasterMapping mapping = map(MappingMode.READ_WRITE);
        assertEquals(1, mapping.atomic(Kind.COMPARE_AND_SET, ValueType.INT, 8, 0, 5));
        assertEquals(0, mapping.atomic(Kind.COMPARE_AND_SET, ValueType.INT, 8, 0, 6));
        assertEquals(5, mapping.atomic(Kind.GET_AND_ADD, ValueType.INT, 8, 0, 10));
        assertEquals(15, mapping.atomic(Kind.COMPARE_AND_EXCHANGE, ValueType.INT, 8, 15, 3));
        assertEquals(3, mapping.atomic(Kind.GET_AND_BITWISE_OR, ValueType.INT, 8, 0, 4));
        assertEquals(7, mapping.atomic(Kind.GET_AND_BITWISE_AND, ValueType.INT, 8, 0, 6));
        assertEquals(6, mapping.atomic(Kind.GET_AND_BITWISE_XOR, ValueType.INT, 8, 0, 1));
        assertEquals(7, mapping.atomic(Kind.GET_AND_SET, ValueType.INT, 8, 0, 9));
        byte[] stored = mapping.read(8, 4);
        int value = java.nio.ByteBuffer.wrap(stored).order(ByteOrder.nativeOrder()).getInt();
        assertEquals(9, value);

        long one = Double.doubleToRawLongBits(1.0);
        mapping.atomic(Kind.GET_AND_SET, ValueType.DOUBLE, 16, 0, one);
        long old = mapping.atomic(Kind.GET_AND_ADD, ValueType.DOUBLE, 16, 0, Double.doubleToRawLongBits(0.5));
        assertEquals(1.0, Double.longBitsToDouble(old));
        assertEquals(1.5, java.nio.ByteBuffer.wrap(mapping.read(16, 8)).order(ByteOrder.nativeOrder()).getDouble());
        mapping.atomic(Kind.GET_AND_SET, ValueType.FLOAT, 24, 0, Float.floatToRawIntBits(2f));
        assertEquals(2f, Float.intBitsToFloat((int) mapping.atomic(Kind.GET_AND_ADD, ValueType.FLOAT, 24, 0,
                Float.floatToRawIntBits(1f))));
        assertEquals(40, mapping.atomic(Kind.GET_AND_ADD, ValueType.LONG, 32, 0, 40) + 40);
    }

    @Test
    void atomicUpdatesOfNarrowValuesOrMisalignedOnesAreRefused() throws IOException {
        MasterMapping mapping = map(MappingMode.READ_WRITE);
        UnsupportedOperationException narrow = assertThrows(UnsupportedOperationException.class,
                () -> mapping.atomic(Kind.GET_AND_ADD, ValueType.SHORT, 0, 0, 1));
        assertEquals("jPLR: an atomic update of a short in a mapped file is not replicated", narrow.getMessage());
        assertThrows(IllegalStateException.class, () -> mapping.atomic(Kind.GET_AND_ADD, ValueType.INT, 2, 0, 1));
    }

    @Test
    void loadAndIsLoadedAnswerForTheRange() throws IOException {
        MasterMapping mapping = map(MappingMode.READ_WRITE);
        mapping.load(0, 4096);
        mapping.isLoaded(100, 10);
        assertThrows(IllegalArgumentException.class, () -> mapping.isLoaded(4000, 100));
    }

    @Test
    void theSameRegionMappedAgainIsTheSameMapping() throws IOException {
        MappingTable table = new MappingTable();
        MappingTable.Key key = new MappingTable.Key(3, MappingMode.READ_WRITE, 0, 4096);
        assertNull(table.existing(key));
        Files.write(directory.resolve("mapped"), new byte[4096]);
        MasterMapping mapping = new MasterMapping(table.nextId(), MappingMode.READ_WRITE, mappedBuffer());
        table.add(key, mapping);
        assertSame(mapping, table.existing(key));
        assertSame(mapping, table.get(0));
        assertNull(table.existing(new MappingTable.Key(3, MappingMode.READ_WRITE, 0, 2048)));
        assertThrows(IllegalArgumentException.class, () -> table.get(1));
        assertThrows(IllegalArgumentException.class, () -> table.get(-1));
    }

    private MappedByteBuffer mappedBuffer() throws IOException {
        try (FileChannel channel = FileChannel.open(directory.resolve("mapped"), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            return channel.map(FileChannel.MapMode.READ_WRITE, 0, 4096);
        }
    }
}
