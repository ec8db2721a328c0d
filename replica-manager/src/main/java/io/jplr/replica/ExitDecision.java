package io.jplr.replica;

import java.util.Map;
import java.util.TreeMap;

/**
 * How a run ends. The first exit call a quorum agrees on names the replicas that vote on the exit status;
 * once they have all ended, a quorum of equal exit values is the run's status. Replicas that lag behind are
 * then still given time to reach the exit, so that every call of theirs is checked against the committed
 * ones: until they have ended, or for one second plus the run's duration so far (at most ten seconds).
 */
final class ExitDecision {
    /** The values a decision step can report besides a status. */
    static final int PENDING = Integer.MIN_VALUE;
    static final int NO_MAJORITY = Integer.MIN_VALUE + 1;

    private static final long MIN_GRACE_NANOS = 1_000_000_000L;
    private static final long MAX_GRACE_NANOS = 10_000_000_000L;

    private final int quorum;
    private final long startNanos;
    private Vote exitVote;
    private Integer status;
    private long graceDeadline;
    private Map<Integer, Integer> counts = Map.of();

    ExitDecision(int quorum, long startNanos) {
        this.quorum = quorum;
        this.startNanos = startNanos;
    }

    /** An exit call a quorum agreed on; only the first counts. */
    void exitAgreed(Vote vote) {
        if (exitVote == null) {
            exitVote = vote;
        }
    }

    /** A quorum agreed on how the run exits: a replacement started now could only replay its end. */
    boolean agreed() {
        return exitVote != null;
    }

    /**
     * The run's exit status, {@link #PENDING} while replicas still have to end, or {@link #NO_MAJORITY}.
     *
     * @param replicas every replica of the run
     * @param faulty   bit k set: replica k's votes no longer count
     * @param running  bit k set: replica k has not ended
     */
    int decide(Replica[] replicas, int faulty, int running, long now) {
        return decide(replicas, faulty, running, 0, now);
    }

    /**
     * As {@link #decide(Replica[], int, int, long)}, with {@code replaying} replicas still re-executing the run
     * (a replacement, a DMR tie-breaker): they are not waited for once a quorum has ended, but while it has
     * not, they may still complete one when they reach the exit.
     */
    int decide(Replica[] replicas, int faulty, int running, int replaying, long now) {
        if (exitVote == null) {
            return PENDING;
        }
        if (status == null) {
            int voters = exitVote.winner().voters & ~faulty;
            Map<Integer, Integer> ended = new TreeMap<>();
            for (Replica replica : replicas) {
                if (replica == null || (faulty & replica.bit()) != 0) {
                    continue;
                }
                // A replacement or tie-breaker that replayed the exit from the log matched it: it votes too.
                boolean replayedExit = replica.state == Replica.State.EXITED && (voters & replica.bit()) == 0;
                if ((voters & replica.bit()) == 0 && !replayedExit) {
                    continue;
                }
                if ((running & replica.bit()) != 0) {
                    return PENDING;
                }
                ended.merge(replica.exitValue, 1, Integer::sum);
            }
            counts = ended;
            int largest = 0;
            for (Map.Entry<Integer, Integer> entry : ended.entrySet()) {
                largest = Math.max(largest, entry.getValue());
                if (entry.getValue() >= quorum) {
                    status = entry.getKey();
                    graceDeadline = now + Math.min(MAX_GRACE_NANOS, MIN_GRACE_NANOS + (now - startNanos));
                }
            }
            if (status == null) {
                // A voter found faulty after its exit leaves no majority yet; running replicas still may.
                boolean possible = largest + Integer.bitCount((running | replaying) & ~exitVote.voters()) >= quorum;
                return possible ? PENDING : NO_MAJORITY;
            }
        }
        return running == 0 || now > graceDeadline ? status : PENDING;
    }

    /** The exit values seen, for the message when they have no majority. */
    String exitValues() {
        return counts.keySet().toString();
    }
}
