package io.jplr.faultinjector.tool;

import java.util.Locale;

/** What one injection did to a run, judged against the native run's output. */
enum Outcome {
    /** Correct output and nothing detected: the fault never mattered. */
    MASKED,
    /** jPLR detected a divergence and the run still produced the correct output. */
    CORRECTED,
    /** Detected, and the run ended with jPLR's divergence status having written only a prefix of the output. */
    STOPPED,
    /** Wrong output or exit status and nothing detected: silent data corruption. */
    SDC,
    /** The run did not end within the campaign's time limit and was killed. */
    HANG,
    /** The unprotected JVM died visibly (signal, fatal error log, uncaught exception). */
    CRASH;

    /**
     * Whether a run so judged is a failure of the protection that someone must be able to look into: its output,
     * stderr and jPLR report are kept whatever {@code --keep} says.
     */
    boolean needsEvidence(ProtectionMode mode) {
        return mode.isProtected() && (this == SDC || this == HANG || this == STOPPED);
    }

    /** As the table, the CSV and the summaries spell it. */
    String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
