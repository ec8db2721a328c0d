package io.jplr.faultinjector.tool;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import io.jplr.faultinjector.FaultInjectorMXBean;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.management.JMX;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * A JMX connection to a running job's master, reached through the attach API (the master's local management
 * agent, started on demand), with a proxy of its {@code io.jplr:type=FaultInjector} bean.
 */
final class JobConnection implements InjectorConnection {
    private static final ObjectName INJECTOR = injectorName();
    private static final Duration RETRY = Duration.ofMillis(50);
    /** How long a JVM whose attach failed is given to show that it was exiting. */
    private static final Duration ENDING_GRACE = Duration.ofMillis(500);
    /** SIGQUIT's bit in /proc/PID/status signal masks (signal n is bit n - 1). */
    private static final int SIGQUIT_BIT = 2;

    private final JMXConnector connector;
    private final FaultInjectorMXBean injector;

    private JobConnection(JMXConnector connector) throws IOException {
        this.connector = connector;
        this.injector = JMX.newMXBeanProxy(connector.getMBeanServerConnection(), INJECTOR, FaultInjectorMXBean.class);
    }

    /**
     * One attempt, for a person at a terminal: every reason it cannot work is a {@link ToolFailure} that says
     * which.
     */
    static JobConnection open(long pid) {
        requireAttachableJvm(pid);
        JMXConnector connector;
        try {
            connector = connect(pid);
        } catch (AttachNotSupportedException e) {
            throw new ToolFailure(endsWithin(pid, ENDING_GRACE) ? "pid " + pid + " ended while jplr-inject attached"
                    + " to it" : "cannot attach to pid " + pid + ": " + e.getMessage());
        } catch (IOException e) {
            throw new ToolFailure(endsWithin(pid, ENDING_GRACE) ? "pid " + pid + " ended while jplr-inject attached"
                    + " to it" : "cannot reach the JMX agent of pid " + pid + ": " + e.getMessage());
        }
        try {
            if (!connector.getMBeanServerConnection().isRegistered(INJECTOR)) {
                throw new ToolFailure("pid " + pid + " has no " + FaultInjectorMXBean.OBJECT_NAME
                        + " MXBean: the job runs without plr.faultInjection=true (or pid " + pid
                        + " is not a jPLR job's master)");
            }
            return new JobConnection(connector);
        } catch (IOException e) {
            closeQuietly(connector);
            throw new ToolFailure("lost the JMX connection to pid " + pid + ": " + e.getMessage());
        } catch (RuntimeException e) {
            closeQuietly(connector);
            throw e;
        }
    }

    /**
     * For a job the campaign just started with {@link AttachListenerSocket#START_OPTION}: retries every 50 ms,
     * through the JVM's start-up and until the master has registered the bean. It attaches only once the JVM's
     * attach listener is open, so the JVM is never sent the signal that would print a thread dump on the job's
     * stdout early in its start (a JVM started without the option is never attached to).
     *
     * @return the connection, or empty when the process ended first or patience ran out
     */
    static Optional<JobConnection> await(ProcessHandle process, Duration patience, AttachListenerSocket socket)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        JMXConnector connector = null;
        try {
            while (process.isAlive()) {
                try {
                    if (connector == null && socket.isOpen(process)) {
                        connector = connect(process.pid());
                    }
                    if (connector != null && connector.getMBeanServerConnection().isRegistered(INJECTOR)) {
                        JobConnection connection = new JobConnection(connector);
                        connector = null;
                        return Optional.of(connection);
                    }
                } catch (IOException | AttachNotSupportedException | RuntimeException e) {
                    // Still starting, or ending: try afresh while it lives.
                    closeQuietly(connector);
                    connector = null;
                }
                if (System.nanoTime() - deadline >= 0) {
                    return Optional.empty();
                }
                Thread.sleep(RETRY.toMillis());
            }
            return Optional.empty();
        } finally {
            closeQuietly(connector);
        }
    }

    @Override
    public FaultInjectorMXBean injector() {
        return injector;
    }

    @Override
    public void close() {
        closeQuietly(connector);
    }

    /** Fails early, and without signalling it, for a pid that is no JVM one can attach to. */
    private static void requireAttachableJvm(long pid) {
        if (pid == ProcessHandle.current().pid()) {
            throw new ToolFailure("pid " + pid + " is jplr-inject itself");
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            throw new ToolFailure("no process with pid " + pid);
        }
        // The attach API of JDK 17 sends SIGQUIT unchecked: a process that does not handle it would die of it.
        if (!catchesSigquit(pid).orElse(true)) {
            throw new ToolFailure("pid " + pid + " is not a JVM that can be attached to (it does not handle"
                    + " SIGQUIT, the signal that starts a JVM's attach listener)");
        }
    }

    /**
     * Whether the process is gone or goes within the grace: a call that fails as the JVM exits says little
     * ("Premature EOF"); the JVM being gone says it all.
     */
    static boolean endsWithin(long pid, Duration grace) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return true;
        }
        try {
            process.get().onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Whether the process handles SIGQUIT, where /proc says (Linux); empty elsewhere. */
    static Optional<Boolean> catchesSigquit(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                if (line.startsWith("SigCgt:")) {
                    return Optional.of(new BigInteger(line.substring("SigCgt:".length()).strip(), 16)
                            .testBit(SIGQUIT_BIT));
                }
            }
            return Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static JMXConnector connect(long pid) throws IOException, AttachNotSupportedException {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        return JMXConnectorFactory.connect(new JMXServiceURL(address));
    }

    private static void closeQuietly(JMXConnector connector) {
        if (connector == null) {
            return;
        }
        try {
            connector.close();
        } catch (IOException | RuntimeException e) {
            // Closing a connection to a job that is gone: nothing left to release.
        }
    }

    private static ObjectName injectorName() {
        try {
            return new ObjectName(FaultInjectorMXBean.OBJECT_NAME);
        } catch (MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
