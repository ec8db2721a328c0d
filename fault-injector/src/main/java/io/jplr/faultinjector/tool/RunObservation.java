package io.jplr.faultinjector.tool;

/**
 * What one run of the sample left behind: its output, its exit, and what jPLR's report and the run directory
 * say about it. The native reference run is one too (no report, so no divergences).
 */
final class RunObservation {
    private final byte[] stdout;
    private final byte[] stderr;
    private final int exitStatus;
    private final boolean timedOut;
    private final boolean crashLog;
    private final int divergences;

    /**
     * @param timedOut    the campaign killed the run at its time limit
     * @param crashLog    the JVM left a fatal error log ({@code hs_err_pid*.log}) in the run's directory
     * @param divergences the faults jPLR's report records for the run
     */
    RunObservation(byte[] stdout, byte[] stderr, int exitStatus, boolean timedOut, boolean crashLog,
            int divergences) {
        this.stdout = stdout.clone();
        this.stderr = stderr.clone();
        this.exitStatus = exitStatus;
        this.timedOut = timedOut;
        this.crashLog = crashLog;
        this.divergences = divergences;
    }

    /** A run that ended by itself with this output and nothing to report. */
    static RunObservation ended(byte[] stdout, byte[] stderr, int exitStatus) {
        return new RunObservation(stdout, stderr, exitStatus, false, false, 0);
    }

    byte[] stdout() {
        return stdout.clone();
    }

    byte[] stderr() {
        return stderr.clone();
    }

    int exitStatus() {
        return exitStatus;
    }

    boolean timedOut() {
        return timedOut;
    }

    boolean crashLog() {
        return crashLog;
    }

    int divergences() {
        return divergences;
    }

    /** jPLR saw at least one fault in the run. */
    boolean detected() {
        return divergences > 0;
    }
}
