package io.jplr.faultinjector.tool;

import java.io.IOException;

/**
 * Starts the runs of a campaign's sample. It is the campaign's only way to create processes, so that the
 * orchestration can be tested with runs that are not JVMs.
 */
interface RunLauncher {
    /** The sample without jPLR, for the reference output; its output goes to the files' stdout and stderr. */
    LaunchedRun startNative(RunFiles files) throws IOException;

    /**
     * The sample under the campaign's mode with the FaultInjector bean registered, its jPLR report going to
     * {@link RunFiles#report()}.
     */
    LaunchedRun startInjectable(RunFiles files) throws IOException;
}
