package io.jplr.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code ProcessHandle.current().info()} in a replica: the master's process, the one the user started, as a native
 * run describes itself (its command line rather than a replica's, its start, its user). Printed, it reads as the
 * master's own {@code Info} reads.
 */
final class RemoteProcessInfo implements ProcessHandle.Info {
    private final String user;
    private final String command;
    private final String commandLine;
    private final String[] arguments;
    private final long startMillis;
    private final long cpuNanos;
    private final String text;

    private RemoteProcessInfo(WireReader answer) {
        this.user = answer.readString();
        this.command = answer.readString();
        this.commandLine = answer.readString();
        this.arguments = answer.readStrings();
        this.startMillis = answer.readLong();
        this.cpuNanos = answer.readLong();
        this.text = answer.readString();
    }

    /** Reads what the master answered to {@code PROCESS_INFO}. */
    static RemoteProcessInfo read(WireReader answer) {
        return new RemoteProcessInfo(answer);
    }

    @Override
    public Optional<String> command() {
        return Optional.ofNullable(command);
    }

    @Override
    public Optional<String> commandLine() {
        return Optional.ofNullable(commandLine);
    }

    @Override
    public Optional<String[]> arguments() {
        return Optional.ofNullable(arguments == null ? null : arguments.clone());
    }

    @Override
    public Optional<Instant> startInstant() {
        return startMillis < 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(startMillis));
    }

    @Override
    public Optional<Duration> totalCpuDuration() {
        return cpuNanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(cpuNanos));
    }

    @Override
    public Optional<String> user() {
        return Optional.ofNullable(user);
    }

    @Override
    public String toString() {
        return text;
    }
}
