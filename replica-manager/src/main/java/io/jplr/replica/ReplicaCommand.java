package io.jplr.replica;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a replica: the master's own, unchanged (JVM options, agent, class path or -jar, main
 * class, program arguments), run by the same java executable, with two options in front: a system property
 * that makes the JVM a replica, and the bootstrap jar appended to the boot class path (on the command line
 * rather than at run time, which would turn off class data sharing for every class but the JDK's boot
 * classes). The agent hides both from the application before its main runs.
 */
public final class ReplicaCommand {
    /** The property that marks a replica: {@code index:run directory}. */
    public static final String REPLICA_PROPERTY = "jplr.replica";
    /**
     * Test-only, until the fault injector lands: the master's {@code -Djplr.test.faultyReplica=K} gives replica
     * K (and only K) {@code -Djplr.test.faulty=true}, which a test program reads to misbehave there.
     */
    static final String FAULTY_REPLICA_PROPERTY = "jplr.test.faultyReplica";

    private final String javaExecutable;
    private final List<String> arguments;

    ReplicaCommand(String javaExecutable, List<String> arguments) {
        this.javaExecutable = javaExecutable;
        this.arguments = List.copyOf(arguments);
    }

    /** This JVM's command line, as the kernel recorded it (Linux: /proc/self/cmdline). */
    public static ReplicaCommand ofCurrentProcess() throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        List<String> argv = split(raw, Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")));
        if (argv.isEmpty()) {
            throw new IOException("/proc/self/cmdline is empty");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ReplicaCommand(java, argv.subList(1, argv.size()));
    }

    static List<String> split(byte[] cmdline, Charset charset) {
        List<String> argv = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                argv.add(new String(cmdline, start, i - start, charset));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            argv.add(new String(cmdline, start, cmdline.length - start, charset));
        }
        return argv;
    }

    /** The command that starts replica {@code index} of the run in {@code runDirectory}. */
    public List<String> forReplica(int index, Path runDirectory) {
        List<String> command = new ArrayList<>(arguments.size() + 3);
        command.add(javaExecutable);
        command.add("-D" + REPLICA_PROPERTY + "=" + index + ":" + runDirectory);
        command.add("-Xbootclasspath/a:" + bootstrapJar(runDirectory));
        if (Integer.toString(index).equals(System.getProperty(FAULTY_REPLICA_PROPERTY))) {
            command.add("-Djplr.test.faulty=true");
        }
        command.addAll(arguments);
        return command;
    }

    public static Path bootstrapJar(Path runDirectory) {
        return runDirectory.resolve("bootstrap.jar");
    }

    /** Removes the replica's own boot class path entry from the property a native run would not have. */
    public static void hideBootClassPathAppend(Path runDirectory) {
        String property = "jdk.boot.class.path.append";
        String value = System.getProperty(property);
        if (value == null) {
            return;
        }
        String ours = bootstrapJar(runDirectory).toString();
        List<String> kept = new ArrayList<>();
        for (String entry : value.split(java.io.File.pathSeparator)) {
            if (!entry.equals(ours) && !entry.isEmpty()) {
                kept.add(entry);
            }
        }
        if (kept.isEmpty()) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, String.join(java.io.File.pathSeparator, kept));
        }
    }
}
