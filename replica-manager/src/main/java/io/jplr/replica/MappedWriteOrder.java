package io.jplr.replica;

import io.jplr.syscall.table.Call;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Keeps what each replica does in the order it did it with respect to its writes into mapped files, across
 * its threads. A write into a mapping is an output, committed when a quorum posted it; within a thread,
 * everything after it already waits for it. But a thread that reads what another thread of the program
 * wrote into a mapping (after joining it, say), or prints "done" once the writer is done, must not get
 * ahead of that write either: natively the write is in the file by then. So a call that replica R made
 * first is performed or committed only once every write into a mapping R posted before it, from any thread,
 * is committed. R's channel is one ring, so "before" is the order R's threads posted in.
 *
 * <p>Only a replica still voting holds anything back: writes of a replica found faulty may never commit.
 */
final class MappedWriteOrder {
    /** A write a replica posted, in the order it arrived from that replica. */
    private record Posted(long arrival, Vote vote) {
    }

    private final long[] arrivals;
    private final Deque<Posted>[] posted;
    private boolean waiting;

    @SuppressWarnings("unchecked")
    MappedWriteOrder(int slots) {
        this.arrivals = new long[slots];
        this.posted = new Deque[slots];
        for (int slot = 0; slot < slots; slot++) {
            posted[slot] = new ArrayDeque<>();
        }
    }

    /** Numbers a call from {@code slot} in arrival order; notes it if it is a write into a mapping. */
    long arrived(int slot, Call call, Vote vote) {
        long arrival = ++arrivals[slot];
        if (call == Call.MAP_WRITE) {
            // Writes done with leave at every arrival, so a program that never reads holds no vote here.
            prune(slot);
            posted[slot].addLast(new Posted(arrival, vote));
        }
        return arrival;
    }

    /** Whether the mapping call {@code slot} asked first, as its {@code arrival}-th call, must wait still. */
    boolean mustWait(int slot, long arrival, int faulty) {
        if ((faulty & (1 << slot)) != 0) {
            return false;
        }
        Deque<Posted> writes = posted[slot];
        prune(slot);
        boolean wait = !writes.isEmpty() && writes.peekFirst().arrival() < arrival;
        waiting |= wait;
        return wait;
    }

    /** A write was committed: whether a mapping call held back may go on now (then everything is settled again). */
    boolean committedWhileWaiting() {
        boolean was = waiting;
        waiting = false;
        return was;
    }

    /** Drops the oldest writes that are committed, or that the replica in the slot no longer votes on. */
    private void prune(int slot) {
        Deque<Posted> writes = posted[slot];
        while (!writes.isEmpty() && (writes.peekFirst().vote().committed
                || !writes.peekFirst().vote().votedBy(slot))) {
            writes.removeFirst();
        }
    }

    /** How many writes of the slot's replica are still held (for tests). */
    int held(int slot) {
        return posted[slot].size();
    }

    /** A new replica takes the slot: it posted nothing yet. */
    void forget(int slot) {
        posted[slot].clear();
    }

    /** Whether the call waits for the replica's earlier writes into mappings: all but those writes. */
    static boolean ordered(Call call) {
        return call != Call.MAP_WRITE;
    }
}
