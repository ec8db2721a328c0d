package io.jplr.replica;

import io.jplr.bootstrap.Answer;
import io.jplr.syscall.table.Call;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every call the run has decided and forgotten, in stream order: what a replacement replica re-executing from
 * the start must send, and what it must be answered. Each entry keeps the call, a {@link PayloadDigest} of the
 * arguments or output bytes the majority agreed on (a replacement is checked against it; the effect itself is
 * never performed again), and the answer every replica was handed (the same object the vote held, not a copy).
 *
 * <p>The log has a bound in bytes. Past it, it drops everything and refuses to serve: a replacement could not
 * be fed its inputs, so recovery is refused from then on, and the run goes on with the replicas it has.
 */
final class ReplayLog {
    /** What an entry costs besides its answer's bytes: the entry, its digest, the list slot. */
    private static final int ENTRY_OVERHEAD = 80;

    private final long limit;
    private final Map<Long, List<Entry>> streams = new HashMap<>();
    private long bytes;
    private boolean overflowed;

    ReplayLog(long limit) {
        this.limit = limit;
    }


    /** Logs a decided vote as the call's {@code sequence}-th of its stream (sequences start at 1, dense). */
    void record(Vote vote) {
        if (overflowed) {
            return;
        }
        Candidate winner = vote.winner();
        Answer answer = winner.call.answered() ? vote.answer : null;
        long cost = ENTRY_OVERHEAD + (answer == null ? 0 : answer.bytes().length);
        if (bytes + cost > limit) {
            overflowed = true;
            streams.clear();
            bytes = 0;
            return;
        }
        List<Entry> entries = streams.computeIfAbsent(vote.stream, stream -> new ArrayList<>());
        if (entries.size() != vote.sequence - 1) {
            throw new IllegalStateException("call " + vote.sequence + " of " + Streams.name(vote.stream)
                    + " logged after " + entries.size());
        }
        entries.add(new Entry(winner.call, digest(winner.payload), answer));
        bytes += cost;
    }

    /** The logged call {@code sequence} of {@code stream}, or null if it was not logged (or not yet). */
    Entry entry(long stream, long sequence) {
        List<Entry> entries = streams.get(stream);
        if (entries == null || sequence < 1 || sequence > entries.size()) {
            return null;
        }
        return entries.get((int) (sequence - 1));
    }

    /** The log went past its bound and holds nothing: no replica can be replayed any more. */
    boolean overflowed() {
        return overflowed;
    }

    long bytes() {
        return bytes;
    }

    long limit() {
        return limit;
    }

    PayloadDigest digest(byte[] payload) {
        return PayloadDigest.of(payload);
    }

    /** One decided call: what was agreed and what was answered. */
    record Entry(Call call, PayloadDigest digest, Answer answer) {
        /** Whether a replica replaying the run sent exactly what the majority did. */
        boolean matches(Call otherCall, PayloadDigest otherDigest) {
            return call == otherCall && digest.equals(otherDigest);
        }
    }
}
