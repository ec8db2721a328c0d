package io.jplr.faultinjector.tool;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the sample's JVMs: {@code java -jar SAMPLES NAME SIZE}, natively or with the agent. It keeps track of
 * those still running, so that a campaign stopped from outside ({@link #stopAll()}) leaves no master or replica
 * behind.
 */
final class ProcessLauncher implements RunLauncher {
    private final Path java;
    private final Path agent;
    private final Path samplesJar;
    private final String sample;
    private final String size;
    private final ProtectionMode mode;
    private final Duration hangTimeout;
    private final Set<ProcessHandle> live = ConcurrentHashMap.newKeySet();
    /** Set once stopping: the runs still being started must not outlive the campaign. */
    private boolean stopped;

    /** @param hangTimeout the {@code plr.timeout} of protected runs: how soon jPLR takes a replica for hung */
    ProcessLauncher(Path java, Path agent, Path samplesJar, String sample, String size, ProtectionMode mode,
            Duration hangTimeout) {
        this.java = java;
        this.agent = agent;
        this.samplesJar = samplesJar;
        this.sample = sample;
        this.size = size;
        this.mode = mode;
        this.hangTimeout = hangTimeout;
    }

    @Override
    public LaunchedRun startNative(RunFiles files) throws IOException {
        return start(sampleCommand(List.of(java.toString())), files);
    }

    @Override
    public LaunchedRun startInjectable(RunFiles files) throws IOException {
        return start(sampleCommand(injectableJvm(files.report())), files);
    }

    /** The JVM part of an injectable run's command line. */
    List<String> injectableJvm(Path report) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        // A crash is the point of some campaigns: no core file, which could fill the disk over many runs.
        command.add("-XX:-CreateCoredumpOnCrash");
        // Attached without a signal: see AttachListenerSocket.
        command.add(AttachListenerSocket.START_OPTION);
        command.add("-javaagent:" + agent);
        command.add("-Dplr.mode=" + mode.word());
        command.add("-Dplr.faultInjection=true");
        if (mode.isProtected()) {
            // Repaired faults are the campaign's business, not the terminal's: the report has them.
            command.add("-Dplr.quiet=true");
            command.add("-Dplr.timeout=" + Durations.format(hangTimeout));
        }
        command.add("-Dplr.report=" + report);
        return command;
    }

    private List<String> sampleCommand(List<String> jvm) {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("-jar", samplesJar.toString(), sample, size));
        return command;
    }

    private LaunchedRun start(List<String> command, RunFiles files) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(files.directory().toFile())
                .redirectInput(Redirect.PIPE)
                .redirectOutput(files.stdout().toFile())
                .redirectError(files.stderr().toFile());
        Process process;
        ProcessHandle handle;
        // Starting and stopping exclude each other: a process is either refused or known to stopAll.
        synchronized (this) {
            if (stopped) {
                throw new ToolFailure("the campaign is stopping");
            }
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new ToolFailure("cannot start " + command.get(0) + ": " + e.getMessage());
            }
            handle = process.toHandle();
            live.add(handle);
        }
        // The samples read no input; an empty stdin makes one that does see the end at once instead of waiting.
        process.getOutputStream().close();
        return new ProcessRun(process, () -> live.remove(handle));
    }

    /** Kills every run still going, with its replicas, and refuses to start any more. */
    void stopAll() {
        synchronized (this) {
            stopped = true;
        }
        for (ProcessHandle handle : live) {
            ProcessRun.kill(handle);
        }
    }
}
