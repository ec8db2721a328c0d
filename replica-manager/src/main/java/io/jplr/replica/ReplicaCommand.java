package io.jplr.replica;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of a replica: the master's own (JVM options, agent, class path or -jar, main class, program
 * arguments; argument files expanded, the master's own options left out), run by the same java executable,
 * with two options in front: a system property
 * that makes the JVM a replica, and the bootstrap jar appended to the boot class path (on the command line
 * rather than at run time, which would turn off class data sharing for every class but the JDK's boot
 * classes). The agent hides both from the application before its main runs. Its environment is the master's,
 * but for the master's own options in the variables the JVM reads options from ({@link OptionVariables}).
 */
public final class ReplicaCommand {
    /** The property that marks a replica: {@code index:run directory}. */
    public static final String REPLICA_PROPERTY = "jplr.replica";
    /**
     * Test-only, until the fault injector lands: the master's {@code -Djplr.test.faultyReplica=K1,K2} gives the
     * replicas started K1-th and K2-th ({@link #forReplica}'s ordinal) {@code -Djplr.test.faulty=K}, which a test
     * program reads to misbehave there, and only there: a replacement is started without it unless named too.
     */
    static final String FAULTY_REPLICA_PROPERTY = "jplr.test.faultyReplica";
    /** Tells a replica to prepare for fault injection ({@code plr.faultInjection=true} in the master). */
    public static final String FAULT_INJECTION_PROPERTY = "jplr.faultInjection";
    /** Tells a replica to send every write into a mapped file on its own ({@code plr.mapBatch=false}). */
    public static final String MAP_BATCH_PROPERTY = "jplr.mapBatch";

    private final String javaExecutable;
    private final List<String> arguments;
    /** jPLR's own options for every replica, which the replica's agent reads and hides. */
    private final List<String> replicaOptions;
    /** The master's option variables, as a replica must inherit them. */
    private final OptionVariables optionVariables;

    ReplicaCommand(String javaExecutable, List<String> arguments) {
        this(javaExecutable, arguments, OptionVariables.none());
    }

    ReplicaCommand(String javaExecutable, List<String> arguments, OptionVariables optionVariables) {
        this(javaExecutable, arguments, optionVariables.replicaOptions(), optionVariables);
    }

    private ReplicaCommand(String javaExecutable, List<String> arguments, List<String> replicaOptions,
            OptionVariables optionVariables) {
        this.javaExecutable = javaExecutable;
        this.arguments = List.copyOf(arguments);
        this.replicaOptions = List.copyOf(replicaOptions);
        this.optionVariables = optionVariables;
    }

    /** This command with one more of jPLR's options for every replica (before the user's JVM options). */
    public ReplicaCommand withReplicaOption(String option) {
        List<String> options = new ArrayList<>(replicaOptions);
        options.add(option);
        return new ReplicaCommand(javaExecutable, arguments, options, optionVariables);
    }

    /**
     * Makes {@code environment}, a copy of the master's, the replica's: the variables the JVM takes options
     * from lose the master's own ({@link OptionVariables}).
     */
    public void applyEnvironment(Map<String, String> environment) {
        optionVariables.applyTo(environment);
    }

    /**
     * This JVM's command line, as the kernel recorded it (Linux: /proc/self/cmdline), with the argument files the
     * launcher read expanded ({@link ArgumentFiles}).
     */
    public static ReplicaCommand ofCurrentProcess() throws IOException {
        byte[] raw = Files.readAllBytes(Path.of("/proc/self/cmdline"));
        Charset charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        List<String> argv = split(raw, charset);
        if (argv.isEmpty()) {
            throw new IOException("/proc/self/cmdline is empty");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> arguments = ArgumentFiles.expand(argv.subList(1, argv.size()),
                Path.of(System.getProperty("user.dir")), charset);
        return new ReplicaCommand(java, arguments, OptionVariables.of(System.getenv()));
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

    /**
     * The command that starts a replica in slot {@code index} of the run in {@code runDirectory}, the
     * {@code ordinal}-th replica the run starts (replacements take new ordinals, not new slots).
     *
     * <p>A crashing replica JVM writes its error file into the run directory, not the user's working
     * directory, and dumps no core: its crash is reported by the master, and nothing of it may reach the
     * outside world. Every replica sizes itself (GC and compiler threads, the JDK's own processor count) for
     * the master's processor count, not for the one CPU it may be pinned to: a pinned replica, an unpinned
     * tie-breaker and a replacement then start the same threads, and agree on everything that depends on
     * them (identity hash codes among others). Options that make a JVM open something of its own for the
     * outside (a JMX port, a flight recording file, a debugger's port, an attach listener at start) or write files
     * of its own stay the master's ({@link #masterOnly}): replicas would collide on them, or offer what only the
     * master should.
     */
    public List<String> forReplica(int index, int ordinal, Path runDirectory, boolean debugger) {
        List<String> command = new ArrayList<>(arguments.size() + 6);
        command.add(javaExecutable);
        command.add("-D" + REPLICA_PROPERTY + "=" + index + ":" + runDirectory);
        command.add("-Xbootclasspath/a:" + bootstrapJar(runDirectory));
        command.add("-XX:ErrorFile=" + errorFile(runDirectory, ordinal));
        command.add("-XX:-CreateCoredumpOnCrash");
        command.add("-XX:ActiveProcessorCount=" + ACTIVE_PROCESSORS);
        command.addAll(replicaOptions);
        String faulty = System.getProperty(FAULTY_REPLICA_PROPERTY);
        if (faulty != null && List.of(faulty.split(",")).contains(Integer.toString(ordinal))) {
            command.add("-Djplr.test.faulty=" + ordinal);
        }
        if (debugger) {
            command.add("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0");
        }
        // JVM options precede the main class (or -jar, -m); the program's own arguments pass untouched.
        List<String> launched = new ArrayList<>(arguments.size());
        boolean program = false;
        boolean value = false;
        for (String argument : arguments) {
            if (!program && !value && masterOnly(argument)) {
                continue;
            }
            launched.add(argument);
            if (value) {
                value = false;
            } else if (!program) {
                program = !argument.startsWith("-") || LAUNCH_OPTIONS.contains(argument);
                value = ArgumentFiles.VALUE_OPTIONS.contains(argument);
            }
        }
        command.addAll(ArgumentFiles.escape(launched));
        return command;
    }

    private static final int ACTIVE_PROCESSORS = Runtime.getRuntime().availableProcessors();

    /** The options after which everything is the program's: what to run and its arguments. */
    private static final java.util.Set<String> LAUNCH_OPTIONS = java.util.Set.of("-jar", "-m", "--module");

    /**
     * Whether the JVM was given an option starting with {@code prefix}: on its command line (before what is
     * run), or in a variable it reads options from ({@link OptionVariables}).
     */
    public boolean hasOption(String prefix) {
        for (String option : jvmOptions()) {
            if (option.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JVM's own options (not their values), in the order the JVM takes them, which is the order it loads
     * Java agents in: {@code JAVA_TOOL_OPTIONS}, then the launcher's ({@code JDK_JAVA_OPTIONS}, then the
     * command line's before what is run), then {@code _JAVA_OPTIONS}.
     */
    public List<String> jvmOptions() {
        List<String> options = new ArrayList<>(optionVariables.options("JAVA_TOOL_OPTIONS"));
        options.addAll(optionVariables.options("JDK_JAVA_OPTIONS"));
        boolean value = false;
        for (String argument : arguments) {
            if (value) {
                value = false;
            } else if (!argument.startsWith("-") || LAUNCH_OPTIONS.contains(argument)) {
                break;
            } else {
                options.add(argument);
                value = ArgumentFiles.VALUE_OPTIONS.contains(argument);
            }
        }
        options.addAll(optionVariables.options("_JAVA_OPTIONS"));
        return options;
    }

    /** Where replica {@code ordinal}'s JVM writes its fatal error report (hs_err) if it crashes. */
    public static Path errorFile(Path runDirectory, int ordinal) {
        return runDirectory.resolve("replica-" + ordinal + "-hs_err.log");
    }

    /**
     * Whether the option is the master's alone: it opens something for the outside (a JMX port, a flight
     * recording, a debugger's port, an attach listener at start), or makes the JVM write files or run commands
     * of its own ({@link JvmFileOptions}).
     */
    static boolean masterOnly(String option) {
        return option.startsWith("-Dcom.sun.management.jmxremote")
                || option.startsWith("-XX:StartFlightRecording")
                || option.startsWith("-XX:+FlightRecorder")
                || option.equals("-XX:+StartAttachListener")
                || option.startsWith("-agentlib:jdwp")
                || option.startsWith("-Xrunjdwp")
                || JvmFileOptions.writesFiles(option);
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
