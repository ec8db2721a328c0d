package io.jplr.syscall.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CallFaultsTest {

    @Test
    void nothingIsArmedAtFirst() {
        CallFaults faults = new CallFaults();
        assertFalse(faults.armed());
        assertNull(faults.corrupt(new byte[] {1, 2, 3}, 0, 3));
    }

    @Test
    void theNextOutputGetsExactlyOneBitFlippedInACopyOnce() {
        CallFaults faults = new CallFaults();
        byte[] output = "hello, world".getBytes(StandardCharsets.US_ASCII);
        byte[] original = output.clone();
        faults.corruptNext(42);
        assertTrue(faults.armed());

        byte[] corrupted = faults.corrupt(output, 2, 5);

        assertNotNull(corrupted);
        assertArrayEquals(original, output, "the application's array is never touched");
        assertEquals(5, corrupted.length);
        int flipped = 0;
        for (int i = 0; i < 5; i++) {
            flipped += Integer.bitCount((corrupted[i] ^ output[2 + i]) & 0xff);
        }
        assertEquals(1, flipped);
        assertNotNull(faults.lastCorruption());
        assertNull(faults.corrupt(output, 0, output.length), "one corruption per arming");
        assertFalse(faults.armed());
    }

    @Test
    void theSameSeedFlipsTheSameBit() {
        CallFaults first = new CallFaults();
        CallFaults second = new CallFaults();
        first.corruptNext(7);
        second.corruptNext(7);
        byte[] output = new byte[64];
        assertArrayEquals(first.corrupt(output, 0, 64), second.corrupt(output, 0, 64));
    }

    @Test
    void aSlowDownStaysArmedUntilLifted() {
        CallFaults faults = new CallFaults();
        faults.slowDown(1);
        faults.beforeCall();
        assertTrue(faults.armed(), "every call, not only the next one");
        faults.slowDown(0);
        assertFalse(faults.armed());
    }

    @Test
    void aHangStopsTheCallingThreadForGood() throws InterruptedException {
        CallFaults faults = new CallFaults();
        faults.hangAtNextCall();
        Thread caller = new Thread(faults::beforeCall);
        caller.setDaemon(true);
        caller.start();
        caller.join(200);
        assertTrue(caller.isAlive(), "the call never returns");
        caller.interrupt();
        caller.join(200);
        assertTrue(caller.isAlive(), "not even when interrupted");
    }
}
