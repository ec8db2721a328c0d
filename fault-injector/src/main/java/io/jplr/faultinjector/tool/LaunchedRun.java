package io.jplr.faultinjector.tool;

import java.time.Duration;
import java.util.Optional;

/** One started run of the sample, as the campaign drives it. */
interface LaunchedRun {
    /**
     * Waits until the job's {@code io.jplr:type=FaultInjector} bean answers.
     *
     * @return the connection, or empty when the run ended first or the bean did not appear within patience
     */
    Optional<InjectorConnection> awaitInjector(Duration patience) throws InterruptedException;

    boolean isAlive();

    /** Waits at most {@code limit} for the run to end; true when it has. A zero limit only looks. */
    boolean waitFor(Duration limit) throws InterruptedException;

    /**
     * Ends the run at once with every process it started (a master's replicas too), and waits for them to be
     * gone. It must work on an interrupted thread too: it is how a cancelled campaign leaves nothing behind.
     */
    void kill();

    /** The status the run ended with; only once it has ended. */
    int exitStatus();
}
