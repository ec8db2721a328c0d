package io.jplr.sharedmemory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WriteBatchTest {
    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void writesComeBackInOrder() {
        WriteBatch batch = new WriteBatch(1024);
        batch.add(0, 100, bytes(1, 2), 0, 2);
        batch.add(1, 4, bytes(9, 9, 9), 1, 2);
        batch.add(0, 0, bytes(7), 0, 1);
        List<WriteBatch.Write> writes = WriteBatch.decode(batch.drain());
        assertEquals(3, writes.size());
        assertEquals(0, writes.get(0).mapping());
        assertEquals(100, writes.get(0).offset());
        assertArrayEquals(bytes(1, 2), writes.get(0).bytes());
        assertEquals(1, writes.get(1).mapping());
        assertArrayEquals(bytes(9, 9), writes.get(1).bytes());
        assertArrayEquals(bytes(7), writes.get(2).bytes());
        assertTrue(batch.isEmpty());
    }

    @Test
    void aWriteThatContinuesThePreviousExtendsIt() {
        WriteBatch batch = new WriteBatch(1024);
        for (int i = 0; i < 10; i++) {
            batch.add(3, 40 + 4L * i, bytes(i, i, i, i), 0, 4);
        }
        assertEquals(1, batch.entries());
        List<WriteBatch.Write> writes = WriteBatch.decode(batch.drain());
        assertEquals(1, writes.size());
        assertEquals(40, writes.get(0).offset());
        assertEquals(40, writes.get(0).bytes().length);
        assertEquals(9, writes.get(0).bytes()[39]);
    }

    @Test
    void aWriteOverThePreviousPlaceReplacesItsValue() {
        WriteBatch batch = new WriteBatch(1024);
        batch.add(0, 8, bytes(1, 1, 1, 1), 0, 4);
        batch.add(0, 8, bytes(2, 2, 2, 2), 0, 4);
        List<WriteBatch.Write> writes = WriteBatch.decode(batch.drain());
        assertEquals(1, writes.size());
        assertArrayEquals(bytes(2, 2, 2, 2), writes.get(0).bytes());
    }

    @Test
    void writesToOtherPlacesOrMappingsAreNotMerged() {
        WriteBatch batch = new WriteBatch(1024);
        batch.add(0, 8, bytes(1, 1), 0, 2);
        batch.add(1, 10, bytes(2, 2), 0, 2);
        batch.add(1, 8, bytes(3, 3), 0, 2);
        assertEquals(3, batch.entries());
    }

    @Test
    void fitsSaysWhenTheCapacityIsReached() {
        WriteBatch batch = new WriteBatch(WriteBatch.ENTRY_HEADER * 2 + 10);
        assertEquals(WriteBatch.ENTRY_HEADER + 10, batch.largestWrite());
        assertTrue(batch.fits(5));
        batch.add(0, 0, new byte[5], 0, 5);
        assertTrue(batch.fits(5));
        assertFalse(batch.fits(6));
        assertThrows(IllegalArgumentException.class, () -> new WriteBatch(WriteBatch.ENTRY_HEADER));
    }

    @Test
    void malformedBatchesAreRefusedWithTheReason() {
        assertThrows(IllegalArgumentException.class, () -> WriteBatch.decode(new byte[5]));
        ByteBuffer tooLong = ByteBuffer.allocate(WriteBatch.ENTRY_HEADER + 2).order(ByteOrder.LITTLE_ENDIAN);
        tooLong.putInt(0).putLong(0).putInt(3);
        assertThrows(IllegalArgumentException.class, () -> WriteBatch.decode(tooLong.array()));
        ByteBuffer negative = ByteBuffer.allocate(WriteBatch.ENTRY_HEADER).order(ByteOrder.LITTLE_ENDIAN);
        negative.putInt(0).putLong(-8).putInt(0);
        assertThrows(IllegalArgumentException.class, () -> WriteBatch.decode(negative.array()));
        assertEquals(0, WriteBatch.decode(new byte[0]).size());
    }

    @Test
    void garbageNeverFailsOtherwise() {
        Random random = new Random(11);
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            try {
                WriteBatch.decode(garbage);
            } catch (IllegalArgumentException expected) {
                // refused, as it should be
            }
        }
    }
}
