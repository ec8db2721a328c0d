package io.jplr.replica;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a replica: the master's own, unchanged (JVM options, agent, class path or -jar, main
 * class, program arguments), run by the same java executable, with one system property in front that makes
 * the JVM a replica. The agent removes that property before the application can see it.
 */
public final class ReplicaCommand {
    /** The property that marks a replica: {@code index:run directory}. */
    public static final String REPLICA_PROPERTY = "jplr.replica";

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
        List<String> command = new ArrayList<>(arguments.size() + 2);
        command.add(javaExecutable);
        command.add("-D" + REPLICA_PROPERTY + "=" + index + ":" + runDirectory);
        command.addAll(arguments);
        return command;
    }
}
