package io.jplr.syscall.channel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doorbells between a master and a replica, over a real UNIX-domain socket, without processes. */
class DoorbellTest {
    @TempDir
    Path directory;

    @Test
    void aThreadRingingWithItsInterruptFlagSetLeavesTheDoorbellOpen() throws Exception {
        try (MasterDoorbells master = new MasterDoorbells(directory.resolve("doorbell"), 1)) {
            AtomicBoolean gone = new AtomicBoolean();
            ReplicaDoorbell replica = ReplicaDoorbell.connect(directory.resolve("doorbell"), 0, () -> gone.set(true));
            master.await(1000); // accepts
            master.await(1000); // reads the index
            Thread.currentThread().interrupt();
            replica.ring();
            assertTrue(Thread.interrupted(), "the flag is the thread's own business: still set");

            // The replica still hears the master: a thread parked in a slot is woken by the master's ring.
            CountDownLatch woken = new CountDownLatch(1);
            Thread waiter = new Thread(() -> {
                int slot = replica.enlist();
                LockSupport.park();
                replica.leave(slot);
                woken.countDown();
            });
            waiter.start();
            while (waiter.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            master.ring(0);
            assertTrue(woken.await(10, TimeUnit.SECONDS), "the ring reached the parked thread");
            assertFalse(gone.get(), "the replica did not take its master for gone");
            replica.close();
        }
    }

    @Test
    void theReplicaHearsItsMasterGo() throws Exception {
        AtomicBoolean gone = new AtomicBoolean();
        CountDownLatch heard = new CountDownLatch(1);
        ReplicaDoorbell replica;
        try (MasterDoorbells master = new MasterDoorbells(directory.resolve("doorbell"), 1)) {
            replica = ReplicaDoorbell.connect(directory.resolve("doorbell"), 0, () -> {
                gone.set(true);
                heard.countDown();
            });
            master.await(1000);
            master.await(1000);
        }
        assertTrue(heard.await(10, TimeUnit.SECONDS), "the master's end closed");
        assertTrue(gone.get());
        replica.close();
    }
}
