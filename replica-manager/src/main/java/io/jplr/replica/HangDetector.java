package io.jplr.replica;

import java.util.Collection;

/**
 * Tells a hung replica from a slow one, in two ways (Shimos2's timer and monitor daemons):
 * <ul>
 *   <li>its JVM's heartbeat: a thread of the replica raises a counter in the channel every 200 ms; a
 *       process the kernel stopped, or a JVM wedged as a whole, stops raising it. Before the agent's setup has
 *       started that thread, the JVM's CPU time stands for it;</li>
 *   <li>its progress: a call the others have already made (a quorum of them, so that one faulty replica
 *       racing ahead proves nothing), which it has not made, in that thread, for far longer than they took
 *       (ten times what the replica completing the quorum needed since that thread's previous progress, and
 *       at least the timeout). A replica busy in an endless loop beats its heart but makes no progress. A
 *       thread the replica has not started counts only once it is behind in none it has, and then only the
 *       first the others started.</li>
 * </ul>
 * A replica that is catching up has no others ahead of it on the calls it replays; it is held to the longest
 * time any replica of the run has taken between two calls.
 */
final class HangDetector {
    /** Ten times what the others took: a replica sharing a CPU is slower, never that much slower. */
    static final int SLOWNESS_FACTOR = 10;
    /** A JVM that has not reached its agent's setup after this long is not starting. */
    private static final long START_NANOS = 60_000_000_000L;

    private final long timeoutNanos;
    /** The longest any replica took between two calls (the first replica to reach a call, each time). */
    private long longestGapNanos;

    HangDetector(long timeoutMillis) {
        this.timeoutNanos = timeoutMillis * 1_000_000L;
    }

    /** A quorum reached a call, the last of them {@code gapNanos} after its thread's previous progress. */
    void gap(long gapNanos) {
        longestGapNanos = Math.max(longestGapNanos, gapNanos);
    }

    /**
     * Why {@code replica} is hung at {@code now}, or null if it is not (yet).
     *
     * @param heartbeat       the replica's heartbeat counter once attached; before, its JVM's CPU time
     *                        ({@link ProcessCpuTime#UNKNOWN} where it cannot be read)
     * @param progressVisible false while the master does not read the replica (it is far ahead and the
     *                        others must catch up): its progress is then unknown, only its heartbeat counts
     */
    String hung(Replica replica, long heartbeat, boolean attached, boolean progressVisible,
            Collection<StreamLedger> ledgers, long now) {
        if (replica.lastHeartbeat != heartbeat) {
            replica.lastHeartbeat = heartbeat;
            replica.lastHeartbeatNanos = now;
        }
        if (!attached) {
            // No heartbeat before the agent's setup: the JVM's CPU time stands for it, and the others' progress
            // still tells a stuck start.
            long starting = now - replica.startNanos;
            if (starting > Math.max(START_NANOS, timeoutNanos)) {
                return "did not start within " + seconds(starting) + " (hung)";
            }
            long still = now - replica.lastHeartbeatNanos;
            if (heartbeat != ProcessCpuTime.UNKNOWN && still > timeoutNanos) {
                return "used no CPU for " + seconds(still) + " while starting (its JVM is stopped: hung)";
            }
            if (replica.state == Replica.State.CATCHING_UP) {
                return null;
            }
        } else {
            long silent = now - replica.lastHeartbeatNanos;
            if (silent > timeoutNanos) {
                return "showed no sign of life for " + seconds(silent) + " (its JVM is stopped or wedged: hung)";
            }
        }
        if (!progressVisible) {
            return null;
        }
        if (replica.state == Replica.State.CATCHING_UP) {
            long idle = now - replica.lastProgressNanos;
            long limit = Math.max(timeoutNanos, SLOWNESS_FACTOR * longestGapNanos);
            return idle > limit ? "made no progress replaying the run for " + seconds(idle) + " (hung)" : null;
        }
        // A thread this replica has not started yet is judged only when the replica is behind in no thread it
        // has started: behind there, it has not created the new one yet (and the JVM's DestroyJavaVM thread
        // ends the run only after every other thread), and the thread it is behind in is judged by its own
        // call. Otherwise a replica still computing towards its main thread's last output would be taken for
        // hung at the exit the others reached an instant after that output. Of the threads it has not started,
        // only the one the others started first is judged: a replica that has started none (starved, or slow
        // to start) is due at main's first call, not at the exit.
        boolean behindInAStartedThread = false;
        StreamLedger firstNotStarted = null;
        Vote firstCall = null;
        for (StreamLedger ledger : ledgers) {
            long last = replica.lastSequence(ledger.stream);
            Vote next = ledger.openVote(last + 1);
            if (next == null || next.gapNanos < 0) {
                continue;
            }
            if (last == 0) {
                if (firstCall == null || next.reachedNanos - firstCall.reachedNanos < 0) {
                    firstNotStarted = ledger;
                    firstCall = next;
                }
                continue;
            }
            behindInAStartedThread = true;
            String reason = overdue(replica, ledger, next, now);
            if (reason != null) {
                return reason;
            }
        }
        return behindInAStartedThread || firstCall == null ? null : overdue(replica, firstNotStarted, firstCall, now);
    }

    /** Why {@code replica} is hung at {@code next}, the next call of the thread {@code ledger} holds, or null. */
    private String overdue(Replica replica, StreamLedger ledger, Vote next, long now) {
        long idle = now - replica.lastProgress(ledger.stream);
        long limit = Math.max(timeoutNanos, SLOWNESS_FACTOR * next.gapNanos);
        return idle > limit ? "has not reached " + next + " for " + seconds(idle) + ", which the others reached after "
                + seconds(next.gapNanos) + " (hung)" : null;
    }

    private static String seconds(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f s", nanos / 1e9);
    }
}
