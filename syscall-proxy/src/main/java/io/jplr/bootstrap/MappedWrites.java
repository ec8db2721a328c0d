package io.jplr.bootstrap;

import io.jplr.sharedmemory.Region;
import io.jplr.sharedmemory.WriteBatch;
import io.jplr.syscall.table.Call;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replicas' writes into mapped files, on their way to the master: each thread batches its consecutive
 * writes ({@code plr.mapBatch}) and sends them as one output before anything else it does crosses the
 * boundary ({@link MappedWriteFlush}), when it ends, and at the exit; an ordered write (volatile, release,
 * opaque) or a full batch goes at once.
 */
final class MappedWrites {
    /** The most bytes one batch encodes: well inside one channel record. */
    static final int BATCH_CAPACITY = 32 * 1024;

    /** The threads whose batches hold writes. */
    private static final Set<StreamState> PENDING = ConcurrentHashMap.newKeySet();
    private static volatile boolean batching = true;

    private MappedWrites() {
    }

    static void configure(boolean batchWrites) {
        batching = batchWrites;
    }

    /**
     * Adds a write to the calling thread's batch; an ordered write (volatile, release, opaque), a full batch,
     * or batching turned off sends it at once.
     */
    static void write(Region region, long offset, byte[] bytes, boolean ordered) {
        StreamState stream = StreamState.current();
        WriteBatch batch = stream.mappedWrites;
        if (batch == null) {
            batch = new WriteBatch(BATCH_CAPACITY);
            stream.mappedWrites = batch;
        }
        synchronized (batch) {
            int from = 0;
            while (from < bytes.length) {
                int size = Math.min(bytes.length - from, batch.largestWrite());
                if (!batch.fits(size)) {
                    send(stream, batch.drain());
                }
                batch.add(region.mapping(), offset + from, bytes, from, size);
                from += size;
            }
            if (ordered || !batching) {
                send(stream, batch.drain());
            } else {
                PENDING.add(stream);
            }
        }
    }

    /** Sends the thread's batched writes, if any: before its next call, and when it ends. */
    static void flush(StreamState stream) {
        WriteBatch batch = stream.mappedWrites;
        if (batch == null) {
            return;
        }
        byte[] writes;
        synchronized (batch) {
            if (batch.isEmpty()) {
                return;
            }
            writes = batch.drain();
            PENDING.remove(stream);
        }
        send(stream, writes);
    }

    /** {@code Thread.exit}: the thread's last writes go now, not whenever someone else calls. */
    static void threadEnds() {
        if (!PENDING.isEmpty() && Boundary.handler() != null) {
            flush(StreamState.current());
        }
    }

    /**
     * The JVM is ending: the exiting thread's writes, then those other threads batched and did not send yet,
     * by stream, as the exiting thread's last outputs. (Natively they would be in the file already.)
     */
    static void flushAll(StreamState exiting) {
        flush(exiting);
        List<StreamState> others = new ArrayList<>(PENDING);
        others.sort(Comparator.comparingLong(StreamState::id));
        for (StreamState other : others) {
            WriteBatch batch = other.mappedWrites;
            byte[] writes;
            synchronized (batch) {
                if (batch.isEmpty()) {
                    continue;
                }
                writes = batch.drain();
                PENDING.remove(other);
            }
            send(exiting, writes);
        }
    }

    private static void send(StreamState stream, byte[] writes) {
        if (writes.length == 0) {
            return;
        }
        BoundaryHandler handler = Boundary.handler();
        if (handler == null) {
            throw new IllegalStateException("jPLR: a write into a mapped file after this replica announced its exit");
        }
        stream.depth++;
        try {
            handler.post(Call.MAP_WRITE, stream, writes, 0, writes.length);
        } finally {
            stream.depth--;
        }
    }
}
