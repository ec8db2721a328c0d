package io.jplr.faultinjector.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;

/**
 * The Unix socket a HotSpot JVM's attach listener serves, {@code .java_pidPID} in HotSpot's temporary
 * directory ({@code /tmp} on Linux, whatever {@code java.io.tmpdir} says).
 *
 * <p>The attach API sends the JVM SIGQUIT whenever that socket is missing, to make it start the listener. A JVM
 * that gets the signal in the first tens of milliseconds of its start cannot start one yet and prints a thread dump
 * on its stdout instead: in a campaign, a wrong output that no fault caused (two runs in the first 4,000 were
 * judged {@code sdc} so). A campaign therefore starts its JVMs with {@link #START_OPTION}, which opens the
 * listener during the JVM's start, and attaches only once the socket is there and is the JVM's own: the attach
 * API then sends no signal at all. A JVM that was killed leaves its socket behind, and a later process given the
 * same pid would find it; HotSpot removes it early in its start, but that is after the moment the attach API's
 * signal would do harm, hence the comparison with the process's start.
 */
final class AttachListenerSocket {
    /** Opens the attach listener during the JVM's start instead of on the first SIGQUIT. */
    static final String START_OPTION = "-XX:+StartAttachListener";

    private final Path directory;

    AttachListenerSocket(Path directory) {
        this.directory = directory;
    }

    /** Where HotSpot puts the socket on Linux. */
    static AttachListenerSocket hotSpot() {
        return new AttachListenerSocket(Path.of("/tmp"));
    }

    /**
     * Whether the process's listener is open: a socket of its pid, made no earlier than the process started. A
     * process whose start is unknown is judged by the socket alone.
     */
    boolean isOpen(ProcessHandle process) {
        BasicFileAttributes socket;
        try {
            socket = Files.readAttributes(directory.resolve(".java_pid" + process.pid()), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false;
        }
        if (!socket.isOther()) {
            return false;
        }
        // The kernel gives a process's start in clock ticks since a boot time in whole seconds: the instant read
        // is never later than the real start, so a socket the process made is never judged older than it.
        Optional<Instant> start = process.info().startInstant();
        return start.isEmpty() || !socket.lastModifiedTime().toInstant().isBefore(start.get());
    }
}
