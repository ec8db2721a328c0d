package io.jplr.syscall.channel;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * The master's side of the doorbells: how a blocked master and a blocked replica wake each other.
 *
 * <p>Data never goes through here, only single wake-up bytes, and only when the other side said it is
 * asleep (a flag in the channel file): a busy run makes no system call per message. A blocked master waits
 * in {@link #await}, which a replica's doorbell byte, a new connection or {@link #wakeup} from the master's
 * own threads ends. Each replica connects once and sends its index; the master keeps the connection to ring
 * that replica. When the master dies, the kernel closes the connections and the replicas see it at once.
 */
public final class MasterDoorbells implements AutoCloseable {
    private final ServerSocketChannel server;
    private final Selector selector;
    private final SocketChannel[] replicas;
    private final ByteBuffer scratch = ByteBuffer.allocate(256);
    private final ByteBuffer ring = ByteBuffer.allocate(1);

    public MasterDoorbells(Path socket, int replicaCount) throws IOException {
        this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        server.configureBlocking(false);
        this.selector = Selector.open();
        server.register(selector, SelectionKey.OP_ACCEPT);
        this.replicas = new SocketChannel[replicaCount];
    }

    /** Blocks until a doorbell rings, {@link #wakeup} is called, or {@code timeoutMillis} pass. */
    public void await(long timeoutMillis) throws IOException {
        selector.select(timeoutMillis);
        Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
        while (keys.hasNext()) {
            SelectionKey key = keys.next();
            keys.remove();
            if (!key.isValid()) {
                continue;
            }
            if (key.isAcceptable()) {
                SocketChannel connection = server.accept();
                if (connection != null) {
                    connection.configureBlocking(false);
                    connection.register(selector, SelectionKey.OP_READ);
                }
            } else if (key.isReadable()) {
                read(key);
            }
        }
    }

    /** Drains a replica's connection: the first byte it ever sends is its index, the rest are rings. */
    private void read(SelectionKey key) throws IOException {
        SocketChannel connection = (SocketChannel) key.channel();
        scratch.clear();
        int n;
        try {
            n = connection.read(scratch);
        } catch (IOException gone) {
            n = -1;
        }
        if (n < 0) {
            key.cancel();
            connection.close();
            return;
        }
        if (key.attachment() == null && n > 0) {
            int index = scratch.get(0);
            if (index >= 0 && index < replicas.length && replicas[index] == null) {
                replicas[index] = connection;
                key.attach(index);
            } else {
                // Not one of ours, or a replica claiming another's index: no doorbell for it.
                key.cancel();
                connection.close();
            }
        }
    }

    /**
     * Forgets replica {@code index}'s connection, so that the replica that replaces it in that slot can
     * connect. The old one's process is gone or going; its doorbell rings nobody any more.
     */
    public void forget(int index) {
        SocketChannel connection = replicas[index];
        replicas[index] = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // Already closed by the replica's end.
            }
        }
    }

    /** Wakes the master's own loop from another thread of the master. */
    public void wakeup() {
        try {
            selector.wakeup();
        } catch (ClosedSelectorException closed) {
            // The run is over; a worker finishing late has nobody to wake.
        }
    }

    /** Rings replica {@code index}'s doorbell: one byte, dropped if the replica is gone or not yet connected. */
    public void ring(int index) {
        SocketChannel connection = replicas[index];
        if (connection == null) {
            return;
        }
        ring.clear();
        ring.put(0, (byte) 1);
        try {
            connection.write(ring);
        } catch (IOException gone) {
            replicas[index] = null;
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
            server.close();
            for (SocketChannel connection : replicas) {
                if (connection != null) {
                    connection.close();
                }
            }
        } catch (IOException ignored) {
            // Closing a socket that is already gone.
        }
    }
}
