package io.jplr.replica;

import java.util.ArrayList;
import java.util.List;

/**
 * The open votes of one call stream, in sequence order. A vote is retired from the front once every live
 * replica has voted and the call is done; sequences are dense, so the k-th open vote is call base + k.
 */
final class StreamLedger {
    final long stream;
    private final List<Vote> votes = new ArrayList<>();
    private int head;
    private long base = 1;
    /**
     * Index in {@code votes} of the first open vote the master may still have to act on (commit, execute, note
     * the exit): those before it are done, so walking the stream does not start over at every call.
     */
    private int pending;

    StreamLedger(long stream) {
        this.stream = stream;
    }

    /** The vote on call {@code sequence}, opened if this is the first replica to reach it. */
    Vote voteFor(long sequence) {
        long index = sequence - base;
        int open = votes.size() - head;
        if (index < 0 || index > open) {
            throw new IllegalStateException("call " + sequence + " of " + Streams.name(stream)
                    + " is outside the open votes " + base + ".." + (base + open));
        }
        if (index == open) {
            votes.add(new Vote(stream, sequence));
        }
        return votes.get(head + (int) index);
    }

    /** The open votes, oldest first. */
    List<Vote> open() {
        return votes.subList(head, votes.size());
    }

    /** The open votes from the first one the master may still have to act on, oldest first. */
    List<Vote> pending() {
        pending = Math.max(pending, head);
        return votes.subList(pending, votes.size());
    }

    /** The first {@code count} votes of {@link #pending()} are done: committed, or executed. */
    void done(int count) {
        pending += count;
    }

    /** The first call of this stream that is still open: every call before it was retired. */
    long base() {
        return base;
    }

    /** The open vote on call {@code sequence}, or null if it is retired or not opened yet. */
    Vote openVote(long sequence) {
        long index = sequence - base;
        return index < 0 || index >= votes.size() - head ? null : votes.get(head + (int) index);
    }

    /**
     * Forgets the completed votes at the front, handing each to {@code retired} first; returns the payload
     * bytes they held.
     */
    long retire(int live, java.util.function.Consumer<Vote> retired) {
        long released = 0;
        while (head < votes.size() && votes.get(head).complete(live)) {
            retired.accept(votes.get(head));
            released += votes.get(head).retainedBytes();
            votes.set(head, null);
            head++;
            base++;
        }
        if (head > 1024 && head * 2 > votes.size()) {
            votes.subList(0, head).clear();
            pending = Math.max(0, pending - head);
            head = 0;
        }
        return released;
    }

    boolean isEmpty() {
        return head == votes.size();
    }
}
