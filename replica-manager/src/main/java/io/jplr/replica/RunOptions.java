package io.jplr.replica;

import java.nio.file.Path;

/**
 * What the master needs to know of the user's settings.
 *
 * @param mode             the mode's name as the user knows it (DMR, TMR), for reports
 * @param replicas         how many replicas run when all is well
 * @param quorum           how many identical votes decide a call
 * @param stopOnDivergence {@code plr.onDivergence=stop}: the first fault ends the run instead of being repaired
 * @param replayLogBytes   the most the log of handed-out inputs may hold; past it, recovery is refused
 * @param timeoutMillis    how long a replica may show no sign of life or progress before it is hung
 * @param cpus             the CPUs to pin replicas to, or null to choose among the master's own
 * @param report           the JSON Lines report, or null for none
 * @param quiet            no line on stderr for faults that were repaired
 * @param debugReplica     the slot whose replica accepts a debugger (JDWP), or -1
 */
public record RunOptions(String mode, int replicas, int quorum, boolean stopOnDivergence, long replayLogBytes,
        long timeoutMillis, int[] cpus, Path report, boolean quiet, int debugReplica) {

    public static final long DEFAULT_REPLAY_LOG_BYTES = 256L << 20;
    public static final long DEFAULT_TIMEOUT_MILLIS = 5_000;

    /** DMR: two replicas that must agree, so a disagreement needs a third replica to break the tie. */
    public boolean tieBreaks() {
        return replicas == 2;
    }
}
