package io.jplr.replica;

import io.jplr.bootstrap.Answer;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * The replicas' votes on one call: the k-th call of one stream. The first candidate to gather a quorum of
 * identical votes wins; every replica that voted for another candidate is faulty.
 */
final class Vote {
    final long stream;
    final long sequence;
    private final List<Candidate> candidates = new ArrayList<>(2);
    /** Bit k set: replica k has voted. */
    private int voted;
    private Candidate winner;
    private long retainedBytes;

    // Outputs: performed once, in stream order.
    boolean committed;

    // Input and control calls: executed once with the arguments of the candidate that asked first.
    Candidate executed;
    Answer answer;
    /** Bit k set: replica k has received the answer. */
    int answered;
    /** Bit k set: replica k's thread was interrupted while it waited for the answer (an interruptible call). */
    int interruptRequests;
    private InterruptibleExecution interruptible;
    /** The slot of the replica that made this call first, and which of that replica's calls it was. */
    int firstSlot = -1;
    long firstArrival;

    /**
     * For hang detection, once enough replicas reached this call that it is the run's and not one faulty
     * replica's: how long the replica that made it so had taken since its stream's previous progress. A
     * replica that has not arrived after many times that long is not merely slower. Negative until then.
     */
    long gapNanos = -1;
    /** When the master saw that quorum ({@link System#nanoTime}); meaningful once {@link #gapNanos} is set. */
    long reachedNanos;

    Vote(long stream, long sequence) {
        this.stream = stream;
        this.sequence = sequence;
    }

    /** How the call is performed and interrupted, for an interruptible call. */
    InterruptibleExecution interruptible() {
        if (interruptible == null) {
            interruptible = new InterruptibleExecution();
        }
        return interruptible;
    }

    /** Records replica's vote and returns the candidate it joined. */
    Candidate cast(int replica, Call call, byte[] payload) {
        int bit = 1 << replica;
        if ((voted & bit) != 0) {
            throw new IllegalStateException("replica " + replica + " voted twice on " + this);
        }
        voted |= bit;
        for (Candidate candidate : candidates) {
            if (candidate.matches(call, payload)) {
                candidate.voters |= bit;
                return candidate;
            }
        }
        Candidate candidate = new Candidate(call, payload);
        candidate.voters = bit;
        candidates.add(candidate);
        retainedBytes += payload.length;
        return candidate;
    }

    /** The payload bytes this vote holds on to until it is retired. */
    long retainedBytes() {
        return retainedBytes;
    }

    /**
     * Decides the vote if a candidate has {@code quorum} voters that are not {@code faulty}. Returns false if
     * no candidate can reach the quorum any more, counting the {@code running} replicas that have not voted.
     */
    boolean decide(int quorum, int running, int faulty) {
        return decide(quorum, running, faulty, 0);
    }

    /** As {@link #decide(int, int, int)}, with {@code awaited} more replicas to come (replacements not started). */
    boolean decide(int quorum, int running, int faulty, int awaited) {
        if (winner != null) {
            return true;
        }
        int pending = Integer.bitCount(running & ~voted) + awaited;
        boolean reachable = pending >= quorum;
        for (Candidate candidate : candidates) {
            int count = Integer.bitCount(candidate.voters & ~faulty);
            if (count >= quorum) {
                winner = candidate;
                return true;
            }
            reachable |= count + pending >= quorum;
        }
        return reachable;
    }

    Candidate winner() {
        return winner;
    }

    /** The replicas that voted for anything but the winner (none before a winner is known). */
    int losers() {
        return winner == null ? 0 : voted & ~winner.voters;
    }

    /**
     * Forgets everything replica {@code replica} did here: a new replica takes its slot and votes afresh. A
     * candidate only it sent stays, with no voters: it may be the arguments an input was performed with.
     */
    void forget(int replica) {
        int keep = ~(1 << replica);
        voted &= keep;
        answered &= keep;
        for (Candidate candidate : candidates) {
            candidate.voters &= keep;
        }
    }

    /** What replica {@code replica} sent, or null if it has not voted. */
    Candidate candidateOf(int replica) {
        for (Candidate candidate : candidates) {
            if ((candidate.voters & (1 << replica)) != 0) {
                return candidate;
            }
        }
        return null;
    }

    /** Bit k set: replica k has voted. */
    int voters() {
        return voted;
    }

    boolean votedBy(int replica) {
        return (voted & (1 << replica)) != 0;
    }

    /** Every running replica has voted and the call needs nothing more: the vote can be forgotten. */
    boolean complete(int running) {
        if ((voted & running) != running || winner == null) {
            return false;
        }
        Call call = winner.call;
        if (call.direction() == Direction.OUTPUT) {
            return committed;
        }
        if (call.answered()) {
            return answer != null && (answered & winner.voters & running) == (winner.voters & running);
        }
        return true;
    }

    /** The call as the first replica to reach it sent it. */
    Candidate firstCandidate() {
        return candidates.get(0);
    }

    /** The winner once there is one, until then the first candidate: what the vote is about so far. */
    Candidate leadingCandidate() {
        return winner != null ? winner : firstCandidate();
    }

    @Override
    public String toString() {
        return leadingCandidate().call + " #" + sequence + " of " + Streams.name(stream);
    }
}
