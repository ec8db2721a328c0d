package io.jplr.faultinjector.tool;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Judges a run against the native run: the campaign's one definition of each {@link Outcome}. */
final class Classifier {
    /** The exit status with which jPLR stops a run on a fault it could not repair. */
    static final int DIVERGENCE_STATUS = 79;
    /** The lowest status a JVM killed by a signal exits with (128 + the signal). */
    private static final int SIGNAL_STATUS = 128;
    private static final byte[] JPLR_LINE = "jplr: ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNCAUGHT = "Exception in thread".getBytes(StandardCharsets.US_ASCII);

    private Classifier() {
    }

    static Outcome classify(RunObservation reference, RunObservation run, ProtectionMode mode) {
        if (run.timedOut()) {
            return Outcome.HANG;
        }
        byte[] stdout = run.stdout();
        byte[] stderr = withoutJplrLines(run.stderr());
        byte[] referenceStdout = reference.stdout();
        byte[] referenceStderr = withoutJplrLines(reference.stderr());
        boolean sameExit = run.exitStatus() == reference.exitStatus();
        if (sameExit && Arrays.equals(stdout, referenceStdout) && Arrays.equals(stderr, referenceStderr)) {
            return run.detected() ? Outcome.CORRECTED : Outcome.MASKED;
        }
        if (!mode.isProtected()) {
            boolean diedVisibly = run.exitStatus() >= SIGNAL_STATUS || run.crashLog() || contains(stderr, UNCAUGHT);
            return !sameExit && diedVisibly ? Outcome.CRASH : Outcome.SDC;
        }
        // Stopping is only a success when what was written before the stop is the correct beginning: the
        // program's own stderr is held to that too, since it is output like stdout.
        boolean stopped = run.exitStatus() == DIVERGENCE_STATUS && run.detected()
                && startsWith(referenceStdout, stdout) && startsWith(referenceStderr, stderr);
        return stopped ? Outcome.STOPPED : Outcome.SDC;
    }

    /**
     * The stderr bytes without jPLR's own lines ({@code jplr: ...}), which a fault-free native run never has: the
     * program's stderr is compared, not jPLR's account of what it did.
     */
    static byte[] withoutJplrLines(byte[] stderr) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(stderr.length);
        int start = 0;
        while (start < stderr.length) {
            int end = start;
            while (end < stderr.length && stderr[end] != '\n') {
                end++;
            }
            int next = end < stderr.length ? end + 1 : end;
            if (!startsWithAt(stderr, start, JPLR_LINE)) {
                kept.write(stderr, start, next - start);
            }
            start = next;
        }
        return kept.toByteArray();
    }

    private static boolean startsWith(byte[] whole, byte[] prefix) {
        return prefix.length <= whole.length && startsWithAt(whole, 0, prefix);
    }

    private static boolean startsWithAt(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length - offset < prefix.length) {
            return false;
        }
        return Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (startsWithAt(bytes, i, part)) {
                return true;
            }
        }
        return false;
    }
}
