package io.jplr.syscall.channel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class RingBufferTest {
    private static final int CAPACITY = 1024;
    /** Largest payload in a 1024-byte ring: a quarter of the ring minus the 24-byte record header. */
    private static final int MAX_PAYLOAD = 1024 / 4 - 24;

    private final ByteBuffer region = ByteBuffer.allocateDirect(RingDescriptor.HEADER_LENGTH + CAPACITY);
    // Two instances over one region, as the two processes of a channel would have.
    private final RingBuffer producer = new RingBuffer(region);
    private final RingBuffer consumer = new RingBuffer(region);
    private final RecordView view = new RecordView();

    private static byte[] pattern(int length, int seed) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) (seed * 31 + i * 7);
        }
        return bytes;
    }

    /** Claims, writes and commits one record; returns the payload index the ring handed out. */
    private int send(byte[] payload, int kind, long stream, long sequence) {
        int index = producer.tryClaim(payload.length);
        assertTrue(index >= 0, "no room for " + payload.length + " bytes");
        producer.buffer().put(index, payload);
        producer.commit(kind, stream, sequence);
        return index;
    }

    private void receive(byte[] payload, int kind, long stream, long sequence) throws ChannelCorruptedException {
        assertTrue(consumer.poll(view), "record " + sequence + " missing");
        assertEquals(kind, view.kind());
        assertEquals(stream, view.stream());
        assertEquals(sequence, view.sequence());
        assertEquals(payload.length, view.payloadLength());
        assertArrayEquals(payload, view.payloadCopy());
        consumer.release(view);
    }

    private ByteBuffer header() {
        return region.duplicate().order(ByteOrder.nativeOrder());
    }

    private void writeTail(long tail) {
        header().putLong(RingDescriptor.TAIL_OFFSET, tail);
    }

    /** Writes a record header at a data index, as a faulty producer could. */
    private void writeRecordHeader(int index, int length, int kind) {
        ByteBuffer data = header().position(RingDescriptor.HEADER_LENGTH).slice().order(ByteOrder.nativeOrder());
        data.putInt(index + RingDescriptor.LENGTH_OFFSET, length);
        data.putInt(index + RingDescriptor.KIND_OFFSET, kind);
    }

    @Test
    void reportsCapacityAndMaxPayloadOfTheRegion() {
        assertEquals(CAPACITY, producer.capacity());
        assertEquals(MAX_PAYLOAD, producer.maxPayload());
        assertEquals(CAPACITY, producer.buffer().capacity());
    }

    @Test
    void rejectsRegionsWhoseDataAreaIsNotAPowerOfTwoOfAtLeast1024() {
        assertThrows(IllegalArgumentException.class,
                () -> new RingBuffer(ByteBuffer.allocateDirect(RingDescriptor.HEADER_LENGTH + 1000)));
        assertThrows(IllegalArgumentException.class,
                () -> new RingBuffer(ByteBuffer.allocateDirect(RingDescriptor.HEADER_LENGTH + 512)));
    }

    @Test
    void emptyRingPollsNothing() throws Exception {
        assertFalse(consumer.poll(view));
        assertTrue(consumer.drained());
    }

    @Test
    void roundTripsRecordsOfVaryingSizes() throws Exception {
        int[] sizes = {0, 1, 7, 8, 9, 23, 24, 25, 100, MAX_PAYLOAD - 1, MAX_PAYLOAD};
        long sequence = 0;
        // Several passes so the records also cross the end of the ring.
        for (int pass = 0; pass < 5; pass++) {
            for (int size : sizes) {
                sequence++;
                byte[] payload = pattern(size, (int) sequence);
                int index = send(payload, size + 3, 0x1234_5678_9ABCL, sequence);
                assertEquals(0, (index - RingDescriptor.RECORD_HEADER_LENGTH) % RingDescriptor.ALIGNMENT,
                        "records start 8-byte aligned");
                assertFalse(consumer.drained());
                receive(payload, size + 3, 0x1234_5678_9ABCL, sequence);
                assertFalse(consumer.poll(view));
                assertTrue(consumer.drained());
            }
        }
    }

    @Test
    void queuesSeveralRecordsInOrder() throws Exception {
        for (int k = 1; k <= 5; k++) {
            send(pattern(10 * k, k), k, 7, k);
        }
        for (int k = 1; k <= 5; k++) {
            receive(pattern(10 * k, k), k, 7, k);
        }
        assertFalse(consumer.poll(view));
    }

    @Test
    void recordThatDoesNotFitBeforeTheEndWrapsBehindPadding() throws Exception {
        // Seven records of 24 + 104 = 128 bytes bring the tail to 896, leaving 128 bytes before the end.
        for (int k = 1; k <= 7; k++) {
            send(pattern(104, k), 1, 1, k);
            receive(pattern(104, k), 1, 1, k);
        }
        // 24 + 200 bytes do not fit in 128: padding fills 896..1023 and the record starts at 0.
        byte[] payload = pattern(200, 8);
        int index = send(payload, 42, -5L, Long.MAX_VALUE);
        assertEquals(RingDescriptor.RECORD_HEADER_LENGTH, index);
        assertTrue(consumer.poll(view));
        assertEquals(RingDescriptor.RECORD_HEADER_LENGTH, view.payloadIndex(), "the consumer skipped the padding");
        assertEquals(42, view.kind());
        assertEquals(-5L, view.stream());
        assertEquals(Long.MAX_VALUE, view.sequence());
        assertArrayEquals(payload, view.payloadCopy());
        consumer.release(view);
        assertTrue(consumer.drained());
        // And the ring goes on after the wrap.
        send(pattern(5, 9), 2, 1, 9);
        receive(pattern(5, 9), 2, 1, 9);
    }

    @Test
    void recordThatExactlyFillsTheEndDoesNotWrap() throws Exception {
        for (int k = 1; k <= 7; k++) {
            send(pattern(104, k), 1, 1, k);
            receive(pattern(104, k), 1, 1, k);
        }
        // 24 + 104 = 128 bytes: exactly what is left, no padding needed.
        assertEquals(896 + RingDescriptor.RECORD_HEADER_LENGTH, send(pattern(104, 8), 1, 1, 8));
        receive(pattern(104, 8), 1, 1, 8);
        assertEquals(RingDescriptor.RECORD_HEADER_LENGTH, send(pattern(1, 9), 1, 1, 9));
        receive(pattern(1, 9), 1, 1, 9);
    }

    @Test
    void claimFailsWhenFullAndSucceedsOnceTheConsumerReleases() throws Exception {
        // Four records of 24 + 232 = 256 bytes fill the 1024-byte ring exactly.
        for (int k = 1; k <= 4; k++) {
            send(pattern(MAX_PAYLOAD, k), 1, 1, k);
        }
        assertEquals(-1, producer.tryClaim(0));
        assertEquals(-1, producer.tryClaim(MAX_PAYLOAD));
        receive(pattern(MAX_PAYLOAD, 1), 1, 1, 1);
        send(pattern(MAX_PAYLOAD, 5), 1, 1, 5);
        assertEquals(-1, producer.tryClaim(0));
        for (int k = 2; k <= 5; k++) {
            receive(pattern(MAX_PAYLOAD, k), 1, 1, k);
        }
        assertFalse(consumer.poll(view));
    }

    @Test
    void claimCountsThePaddingAWrapNeeds() throws Exception {
        // Tail at 896; only the first record (128 bytes) is consumed, so 256 bytes are free in total but the
        // 224-byte record needs the 128 bytes of padding at the end as well.
        for (int k = 1; k <= 7; k++) {
            send(pattern(104, k), 1, 1, k);
        }
        receive(pattern(104, 1), 1, 1, 1);
        assertEquals(-1, producer.tryClaim(200));
        receive(pattern(104, 2), 1, 1, 2);
        assertEquals(RingDescriptor.RECORD_HEADER_LENGTH, send(pattern(200, 8), 1, 1, 8));
        for (int k = 3; k <= 8; k++) {
            receive(k == 8 ? pattern(200, 8) : pattern(104, k), 1, 1, k);
        }
        assertTrue(consumer.drained());
    }

    @Test
    void rejectsPayloadsLargerThanMaxPayloadOrNegative() {
        assertThrows(IllegalArgumentException.class, () -> producer.tryClaim(MAX_PAYLOAD + 1));
        assertThrows(IllegalArgumentException.class, () -> producer.tryClaim(Integer.MAX_VALUE));
        assertThrows(IllegalArgumentException.class, () -> producer.tryClaim(-1));
    }

    @Test
    void commitWithoutClaimIsRejected() {
        assertThrows(IllegalStateException.class, () -> producer.commit(1, 1, 1));
    }

    // ------------------------------------------------------------- untrusted producer

    @Test
    void tailBeyondCapacityIsCorruption() {
        writeTail(CAPACITY + 8);
        assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view));
    }

    @Test
    void tailBehindHeadIsCorruption() throws Exception {
        send(pattern(8, 1), 1, 1, 1);
        receive(pattern(8, 1), 1, 1, 1);
        writeTail(8); // head is 32 now
        assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view));
        writeTail(Long.MIN_VALUE);
        assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view));
    }

    @Test
    void misalignedTailIsCorruption() {
        writeRecordHeader(0, 24, 1);
        writeTail(28);
        assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view));
    }

    @Test
    void recordLengthShorterThanItsHeaderIsCorruption() {
        for (int length : new int[] {0, 1, 23, -1, Integer.MIN_VALUE}) {
            writeRecordHeader(0, length, 1);
            writeTail(32);
            assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view), "length " + length);
        }
    }

    @Test
    void recordLengthBeyondWhatWasPublishedOrTheRingEndIsCorruption() {
        for (int length : new int[] {33, 64, CAPACITY, CAPACITY + 8, Integer.MAX_VALUE}) {
            writeRecordHeader(0, length, 1);
            writeTail(32);
            assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view), "length " + length);
        }
    }

    @Test
    void recordRunningPastTheEndOfTheRingIsCorruption() throws Exception {
        for (int k = 1; k <= 7; k++) {
            send(pattern(104, k), 1, 1, k);
            receive(pattern(104, k), 1, 1, k);
        }
        // At 896 only 128 bytes remain; a correct producer would have padded instead.
        writeRecordHeader(896, 136, 1);
        writeTail(896 + 256);
        assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view));
    }

    @Test
    void paddingThatDoesNotEndAtTheRingEndIsCorruption() {
        writeRecordHeader(0, 64, RingDescriptor.PADDING_KIND);
        writeTail(128);
        assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view));
    }

    @Test
    void paddingLongerThanWhatWasPublishedIsCorruption() {
        // Padding to the end of the ring from 0 would be 1024 bytes, but only 512 were published.
        writeRecordHeader(0, CAPACITY, RingDescriptor.PADDING_KIND);
        writeTail(512);
        assertThrows(ChannelCorruptedException.class, () -> consumer.poll(view));
    }

    @Test
    void paddingFollowedByNothingIsSkipped() throws Exception {
        // A padding record that is all the producer published is legal: the consumer skips it, finds nothing.
        writeRecordHeader(0, CAPACITY, RingDescriptor.PADDING_KIND);
        writeTail(CAPACITY);
        assertFalse(consumer.poll(view));
        assertTrue(consumer.drained());
    }

    @Test
    void survivesRandomGarbageFromTheProducer() {
        Random random = new Random(20240611L);
        int[] outcomes = new int[3]; // corrupted, records returned, nothing
        ByteBuffer garbage = ByteBuffer.allocateDirect(RingDescriptor.HEADER_LENGTH + CAPACITY)
                .order(ByteOrder.nativeOrder());
        // One hang guard around the whole fuzz: poll must never loop forever.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int iteration = 0; iteration < 20_000; iteration++) {
                fuzzOnce(random, garbage, iteration, outcomes);
            }
        });
        // The fuzz must actually reach both the corruption checks and the record path.
        assertTrue(outcomes[0] > 1000, "corruptions found: " + outcomes[0]);
        assertTrue(outcomes[1] > 100, "records returned: " + outcomes[1]);
    }

    private static void fuzzOnce(Random random, ByteBuffer region, int iteration, int[] outcomes) {
        byte[] noise = new byte[region.capacity()];
        random.nextBytes(noise);
        region.put(0, noise);
        // The consumer's own head is trustworthy (it wrote it); start it anywhere aligned.
        long head = (random.nextInt(1 << 20)) * (long) RingDescriptor.ALIGNMENT;
        region.putLong(RingDescriptor.HEAD_OFFSET, head);
        RingBuffer ring = new RingBuffer(region);
        ByteBuffer data = ring.buffer();
        int index = (int) (head & (CAPACITY - 1));

        long tail = switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> head + random.nextInt(CAPACITY + 64) - 32;
            default -> head + RingDescriptor.ALIGNMENT * (long) random.nextInt(CAPACITY / RingDescriptor.ALIGNMENT + 1);
        };
        region.putLong(RingDescriptor.TAIL_OFFSET, tail);
        if (random.nextBoolean()) {
            // A plausible-looking first record, so the checks beyond the tail's are reached too.
            int room = CAPACITY - index;
            int[] lengths = {random.nextInt(), 0, 23, 24, 25, room, room + 8, room - 8,
                    24 + random.nextInt(room + 16), -1, Integer.MAX_VALUE};
            data.putInt(index + RingDescriptor.LENGTH_OFFSET, lengths[random.nextInt(lengths.length)]);
            data.putInt(index + RingDescriptor.KIND_OFFSET,
                    random.nextInt(3) == 0 ? RingDescriptor.PADDING_KIND : random.nextInt(5));
        }

        RecordView record = new RecordView();
        try {
            for (int polls = 0; polls <= CAPACITY; polls++) {
                if (!ring.poll(record)) {
                    outcomes[2]++;
                    return;
                }
                outcomes[1]++;
                assertSame(data, record.buffer(), "payloads are read from the data area");
                assertTrue(record.payloadIndex() >= RingDescriptor.RECORD_HEADER_LENGTH
                                && record.payloadLength() >= 0
                                && record.payloadIndex() + record.payloadLength() <= CAPACITY,
                        "iteration " + iteration + ": payload " + record.payloadIndex() + "+"
                                + record.payloadLength() + " outside the data area");
                record.payloadCopy();
                ring.release(record);
            }
            fail("iteration " + iteration + ": more records than fit in the ring");
        } catch (ChannelCorruptedException expected) {
            outcomes[0]++;
        } catch (RuntimeException unexpected) {
            throw new AssertionError("iteration " + iteration + ": tail " + tail + ", head " + head, unexpected);
        }
    }

    // ------------------------------------------------------------- two threads

    @Test
    void producerAndConsumerThreadsExchange200kRecordsInOrderAndIntact() throws Exception {
        int capacity = 4096;
        int records = 200_000;
        ByteBuffer shared = ByteBuffer.allocateDirect(RingDescriptor.HEADER_LENGTH + capacity);
        RingBuffer out = new RingBuffer(shared);
        RingBuffer in = new RingBuffer(shared);
        int max = out.maxPayload();
        // The payload of record s is ramp[(s & 0xff) ..]: every record's bytes differ from its neighbours'.
        byte[] ramp = new byte[max + 256];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = (byte) i;
        }
        AtomicReference<Throwable> producerFailure = new AtomicReference<>();
        Thread producerThread = new Thread(() -> {
            try {
                ByteBuffer data = out.buffer();
                for (int sequence = 1; sequence <= records; sequence++) {
                    int length = sizeOf(sequence, max);
                    int index;
                    while ((index = out.tryClaim(length)) < 0) {
                        if (Thread.interrupted()) {
                            return;
                        }
                        // Yield rather than spin: on a loaded two-core machine the consumer needs this core.
                        Thread.yield();
                    }
                    data.put(index, ramp, sequence & 0xff, length);
                    out.commit(sequence & 0xff, 99L, sequence);
                }
            } catch (Throwable t) {
                producerFailure.set(t);
            }
        }, "ring-producer");
        producerThread.setDaemon(true);
        producerThread.start();
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                RecordView record = new RecordView();
                byte[] payload = new byte[max];
                long expected = 1;
                while (expected <= records) {
                    if (producerFailure.get() != null) {
                        throw new AssertionError("producer failed", producerFailure.get());
                    }
                    if (!in.poll(record)) {
                        Thread.yield();
                        continue;
                    }
                    assertEquals(expected, record.sequence(), "records arrive once and in order");
                    int length = sizeOf((int) expected, max);
                    assertEquals(length, record.payloadLength());
                    assertEquals((int) expected & 0xff, record.kind());
                    assertEquals(99L, record.stream());
                    record.buffer().get(record.payloadIndex(), payload, 0, length);
                    int from = (int) expected & 0xff;
                    if (!Arrays.equals(payload, 0, length, ramp, from, from + length)) {
                        fail("record " + expected + " arrived corrupt");
                    }
                    in.release(record);
                    expected++;
                }
                assertFalse(in.poll(record), "nothing after the last record");
            });
        } finally {
            producerThread.interrupt();
            producerThread.join(10_000);
        }
        assertNull(producerFailure.get());
        assertTrue(in.drained());
    }

    /** Varying sizes from 0 to the maximum, so records wrap at many different offsets. */
    private static int sizeOf(int sequence, int max) {
        return (int) ((sequence * 2654435761L) % (max + 1));
    }
}
