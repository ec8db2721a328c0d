package io.jplr.faultinjector.tool;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/** A run that is a real process tree: the sample's JVM, and under jPLR the replica JVMs its master starts. */
final class ProcessRun implements LaunchedRun {
    /** How long a kill waits for the processes to be gone before giving up on them. */
    private static final long KILL_WAIT_SECONDS = 10;

    private final Process process;
    private final Runnable onEnd;

    /** @param onEnd called once the process is known to have ended (the launcher stops tracking it) */
    ProcessRun(Process process, Runnable onEnd) {
        this.process = process;
        this.onEnd = onEnd;
    }

    @Override
    public Optional<InjectorConnection> awaitInjector(Duration patience) throws InterruptedException {
        return JobConnection.await(process.toHandle(), patience, AttachListenerSocket.hotSpot())
                .map(connection -> connection);
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public boolean waitFor(Duration limit) throws InterruptedException {
        boolean ended = process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS);
        if (ended) {
            onEnd.run();
        }
        return ended;
    }

    /** The replicas first, then the master, as the master would otherwise start replacements for them. */
    @Override
    public void kill() {
        kill(process.toHandle());
        onEnd.run();
    }

    /** Kills a process and its descendants, waiting (even on an interrupted thread) until they are gone. */
    static void kill(ProcessHandle root) {
        List<ProcessHandle> descendants = root.descendants().collect(Collectors.toList());
        descendants.forEach(ProcessHandle::destroyForcibly);
        root.destroyForcibly();
        boolean interrupted = Thread.interrupted();
        try {
            awaitGone(root);
            descendants.forEach(ProcessRun::awaitGone);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public int exitStatus() {
        return process.exitValue();
    }

    private static void awaitGone(ProcessHandle handle) {
        try {
            handle.onExit().get(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // A process that does not die of SIGKILL within seconds is beyond what a campaign can do.
        }
    }
}
