package io.jplr.agent.master;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Starts the master's remote JMX agent, as {@code com.sun.management.jmxremote.port} (on the command line,
 * in {@code JAVA_TOOL_OPTIONS}, or in the management config file) asks. The JVM starts that agent only after
 * every agent's premain has returned, and the master's never does (it runs the whole run and exits), so the
 * master starts it itself, by the JDK's own entry point for it ({@code jdk.internal.agent.Agent.startAgent}, not
 * exported: the agent exports it to itself), which reads the same properties: authentication, SSL, password
 * and access files are the user's. (The diagnostic command {@code ManagementAgent.start} is not offered through
 * JMX.) Replicas never get these properties: the port is the master's.
 */
final class MasterManagementAgent {
    private static final String PREFIX = "com.sun.management.";
    private static final String PORT = PREFIX + "jmxremote.port";
    private static final String CONFIG_FILE = PREFIX + "config.file";
    private static final String MODULE = "jdk.management.agent";
    private static final String PACKAGE = "jdk.internal.agent";

    private MasterManagementAgent() {
    }

    /** Whether the JVM is asked for a remote JMX agent; natively it would start one. */
    static boolean requested() throws IOException {
        if (System.getProperty(PORT) != null) {
            return true;
        }
        String configFile = System.getProperty(CONFIG_FILE);
        if (configFile == null) {
            return false;
        }
        Properties config = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(configFile))) {
            config.load(in);
        }
        return config.getProperty(PORT) != null;
    }

    /**
     * Starts the agent on the configured port, the way the JVM would have at its start.
     *
     * @throws IllegalStateException saying why, when it cannot (a port taken, a password file missing or
     *         readable by others): natively the JVM would not start either
     */
    static void start(Instrumentation instrumentation) {
        try {
            Module module = ModuleLayer.boot().findModule(MODULE).orElseThrow(
                    () -> new IllegalStateException("this runtime has no module " + MODULE));
            instrumentation.redefineModule(module, Set.of(), Map.of(PACKAGE, Set.of(
                    MasterManagementAgent.class.getModule())), Map.of(), Set.of(), Map.of());
            Class<?> agent = Class.forName(module, PACKAGE + ".Agent");
            if (agent == null) {
                throw new IllegalStateException(MODULE + " has no " + PACKAGE + ".Agent");
            }
            startQuietly(agent.getMethod("startAgent"));
        } catch (Exception | LinkageError e) {
            String error = e instanceof IllegalStateException ? e.getMessage() : rootMessage(e);
            throw new IllegalStateException("cannot start the remote JMX agent (" + PORT + "="
                    + System.getProperty(PORT, "in " + System.getProperty(CONFIG_FILE)) + "): " + error, e);
        }
    }

    /**
     * On failure the JDK prints its error and a stack trace on stderr, then the JVM would exit: the master says
     * the error in one line instead. Nothing else runs in the master yet, so stderr is held for the call alone.
     */
    private static void startQuietly(Method start) {
        PrintStream stderr = System.err;
        ByteArrayOutputStream held = new ByteArrayOutputStream();
        System.setErr(new PrintStream(held, true, StandardCharsets.UTF_8));
        try {
            start.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            String printed = held.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
            // RMI's first line ends in "; nested exception is:", its cause on the next line.
            String error = printed.startsWith("Error: ")
                    ? printed.substring("Error: ".length()).replaceFirst(";\\s*nested exception is:.*$", "")
                    : rootMessage(e);
            throw new IllegalStateException(error, e);
        } finally {
            System.setErr(stderr);
        }
        stderr.write(held.toByteArray(), 0, held.size());
        stderr.flush();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.toString();
    }
}
