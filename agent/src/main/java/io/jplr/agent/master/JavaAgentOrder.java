package io.jplr.agent.master;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * jPLR's must be the first Java agent the JVM loads. A replica loads the master's agents in the master's order,
 * and one loaded before jPLR's runs its premain before any interception is in place: whatever it does (write a
 * file, open a socket, start a thread that does) every replica would do itself, and the master once more. Such a
 * run is refused, naming the agent. (Agents after jPLR's run in the replicas only, intercepted like the program.)
 */
final class JavaAgentOrder {
    private static final String JAVA_AGENT = "-javaagent:";

    private JavaAgentOrder() {
    }

    /**
     * The first {@code -javaagent} option the JVM took before jPLR's own (the one loading {@code ownJar}), or
     * null when there is none, or when jPLR's own is not among {@code jvmOptions} (it cannot be told apart).
     *
     * @param jvmOptions the JVM's options in the order it took them
     * @param workingDirectory what a relative jar path is relative to
     */
    static String agentBeforeJplr(List<String> jvmOptions, Path ownJar, Path workingDirectory) {
        String first = null;
        for (String option : jvmOptions) {
            if (!option.startsWith(JAVA_AGENT)) {
                continue;
            }
            if (loads(option, ownJar, workingDirectory)) {
                return first;
            }
            if (first == null) {
                first = option;
            }
        }
        return null;
    }

    /** Whether {@code -javaagent:JAR[=ARGUMENTS]} loads {@code ownJar}. */
    private static boolean loads(String option, Path ownJar, Path workingDirectory) {
        String spec = option.substring(JAVA_AGENT.length());
        int equals = spec.indexOf('=');
        try {
            Path jar = workingDirectory.resolve(equals < 0 ? spec : spec.substring(0, equals));
            return jar.normalize().equals(ownJar.normalize()) || Files.isSameFile(jar, ownJar);
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }
}
