package io.jplr.syscall.channel;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * A replica's side of the doorbells (see {@link MasterDoorbells}). Application threads waiting for an
 * answer park in a fixed table of slots; a daemon thread reads the doorbell and unparks them all. Nothing is
 * allocated per wait, so waiting leaves no trace an application could tell apart between replicas. When the
 * master's end closes, {@code onMasterGone} runs: a replica never outlives its master.
 *
 * <p>The connection is non-blocking, and the doorbell thread waits on a selector. Application threads ring it,
 * and a blocking channel's write is interruptible: a thread ringing while its interrupt flag is set (one that
 * caught an {@code InterruptedException}, restored the flag and then logged a line) would close the channel,
 * and the replica would take its master for gone. A non-blocking write is never interrupted.
 */
public final class ReplicaDoorbell {
    private static final int SLOTS = 256;

    private final SocketChannel connection;
    private final Selector selector;
    private final ByteBuffer ring = ByteBuffer.allocate(1);
    private final AtomicReferenceArray<Thread> waiters = new AtomicReferenceArray<>(SLOTS);
    private volatile boolean closing;

    private ReplicaDoorbell(SocketChannel connection, Selector selector) {
        this.connection = connection;
        this.selector = selector;
    }

    /** Connects to the master, announces {@code index}, and starts the thread that answers the doorbell. */
    public static ReplicaDoorbell connect(Path socket, int index, Runnable onMasterGone) throws IOException {
        SocketChannel connection = SocketChannel.open(StandardProtocolFamily.UNIX);
        connection.connect(UnixDomainSocketAddress.of(socket));
        connection.write(ByteBuffer.wrap(new byte[] {(byte) index}));
        connection.configureBlocking(false);
        Selector selector = Selector.open();
        connection.register(selector, SelectionKey.OP_READ);
        ReplicaDoorbell doorbell = new ReplicaDoorbell(connection, selector);
        ServiceThreads.create("jplr-doorbell", true, () -> doorbell.listen(onMasterGone)).start();
        return doorbell;
    }

    private void listen(Runnable onMasterGone) {
        ByteBuffer bytes = ByteBuffer.allocate(256);
        while (true) {
            bytes.clear();
            int n;
            try {
                selector.select();
                selector.selectedKeys().clear();
                n = connection.read(bytes);
            } catch (IOException | ClosedSelectorException e) {
                n = -1;
            }
            if (n < 0) {
                if (!closing) {
                    onMasterGone.run();
                }
                return;
            }
            if (n > 0) {
                wakeAll();
            }
        }
    }

    /** Unparks every waiting thread; each checks whether its answer has come. */
    public void wakeAll() {
        for (int i = 0; i < SLOTS; i++) {
            Thread waiter = waiters.get(i);
            if (waiter != null) {
                LockSupport.unpark(waiter);
            }
        }
    }

    /**
     * Rings the master's doorbell. A full socket buffer takes no byte more: the master has rings it has not read
     * yet, and wakes for those.
     */
    public synchronized void ring() {
        ring.clear();
        ring.put(0, (byte) 1);
        try {
            connection.write(ring);
        } catch (IOException gone) {
            // The master is gone; listen() ends this replica.
        }
    }

    /**
     * Closes the doorbell as this JVM exits. The JVM waits up to 300 ms at exit for threads blocked in
     * native code, such as the one waiting for the doorbell; closing the selector releases it at once.
     */
    public void close() {
        closing = true;
        try {
            selector.close();
            connection.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    /** Takes a slot for the calling thread, or returns -1 if all are taken (the caller then polls on a timer). */
    public int enlist() {
        Thread self = Thread.currentThread();
        for (int i = 0; i < SLOTS; i++) {
            if (waiters.compareAndSet(i, null, self)) {
                return i;
            }
        }
        return -1;
    }

    public void leave(int slot) {
        if (slot >= 0) {
            waiters.set(slot, null);
        }
    }
}
