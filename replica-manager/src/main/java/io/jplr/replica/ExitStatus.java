package io.jplr.replica;

/** The exit statuses jPLR itself uses; any other status is the application's own. */
public final class ExitStatus {
    /** A setting is invalid or unknown (sysexits' EX_CONFIG). Nothing was started. */
    public static final int CONFIGURATION = 78;
    /** The replicas disagreed and no majority could be formed: the run was stopped, nothing more written. */
    public static final int NO_MAJORITY = 79;
    /** The replicas could not be started or never reached the application. */
    public static final int START_FAILURE = 80;

    private ExitStatus() {
    }
}
