package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code campaign}: many runs of a sample, one fault each, and what became of them. */
@Command(name = "campaign", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Runs a sample many times with one fault each and classifies what became of the runs.",
        description = {
            "Runs the sample natively for its reference output, once under the mode without a fault, then N "
                    + "times with one fault each, injected at a point drawn from the seed. Each run is:",
            "  masked     correct output, nothing detected",
            "  corrected  jPLR detected the fault and the output is correct",
            "  stopped    detected; ended with status 79, only correct output written",
            "  sdc        wrong output or exit status, undetected (silent data corruption)",
            "  hang       killed at the time limit",
            "  crash      the unprotected JVM died visibly (mode off only)",
            "Progress goes to stderr, the table of outcomes to stdout."})
final class CampaignCommand implements Callable<Integer> {
    private static final String AGENT_IN_CHECKOUT = "agent/target/jplr-agent.jar";
    private static final String SAMPLES_IN_CHECKOUT = "samples/target/jplr-samples.jar";
    /** jPLR's own lower bound for {@code plr.timeout}. */
    private static final Duration MIN_HANG_TIMEOUT = Duration.ofMillis(100);

    @Spec
    private CommandSpec spec;

    @Option(names = "--sample", required = true, paramLabel = "NAME",
            description = "The sample to run (java -jar jplr-samples.jar list names them).")
    private String sample;

    @Option(names = "--size", defaultValue = "small", paramLabel = "SIZE",
            description = "small or large (default: ${DEFAULT-VALUE}).")
    private String size;

    @Option(names = "--mode", required = true, paramLabel = "MODE", converter = OptionConverters.ModeConverter.class,
            description = "off (unprotected, the baseline), DMR or TMR; any case.")
    private ProtectionMode mode;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            converter = OptionConverters.CampaignModelConverter.class,
            completionCandidates = OptionConverters.CampaignModels.class,
            description = "The fault model: ${COMPLETION-CANDIDATES}.")
    private FaultModel model;

    @Option(names = "--runs", required = true, paramLabel = "N", description = "How many runs with a fault.")
    private int runs;

    @Option(names = "--seed", required = true, paramLabel = "S",
            description = "The seed every run's choices derive from: the same seed gives the same injections.")
    private long seed;

    @Option(names = "--json", paramLabel = "FILE", description = "Writes the counts as a JSON object (for chart).")
    private Path json;

    @Option(names = "--csv", paramLabel = "FILE", description = "Writes one CSV row per run.")
    private Path csv;

    @Option(names = "--jobs", paramLabel = "J",
            description = "Runs at once (default: the CPUs divided by the JVMs a run takes: 1 off, 3 DMR, 4 TMR; "
                    + "at least 1).")
    private Integer jobs;

    @Option(names = "--agent", paramLabel = "JAR",
            description = "The jPLR agent (default: " + AGENT_IN_CHECKOUT + " from here or from this tool's "
                    + "checkout).")
    private Path agent;

    @Option(names = "--samples-jar", paramLabel = "JAR",
            description = "The samples (default: " + SAMPLES_IN_CHECKOUT + ", found as --agent is).")
    private Path samplesJar;

    @Option(names = "--java", paramLabel = "JAVA",
            description = "The java launcher for the runs (default: this JVM's).")
    private Path java;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionConverters.DurationConverter.class,
            description = "A run still going after this is killed and counted a hang (default: 10 times the "
                    + "fault-free run, at least 20s).")
    private Duration timeLimit;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "2s",
            converter = OptionConverters.DurationConverter.class,
            description = "The plr.timeout of protected runs: when jPLR takes a replica for hung (default: "
                    + "${DEFAULT-VALUE}).")
    private Duration hangTimeout;

    @Option(names = "--bits", paramLabel = "N", description = "memory: bits flipped per fault (default: 1, at a backward branch; more bits go in at a point in time).")
    private Integer bits;

    @Option(names = "--window", paramLabel = "DURATION", converter = OptionConverters.DurationConverter.class,
            description = "The span injection delays are drawn from, after the bean is reachable (default: as long "
                    + "as the fault-free run's). Give it to make the delays themselves reproducible.")
    private Duration window;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the runs live; must be empty or new (default: a fresh temporary directory).")
    private Path workDir;

    @Option(names = "--keep", description = "Keeps every run's directory, output and jPLR report.")
    private boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        CampaignSettings settings = settings();
        JarLocator jars = JarLocator.forThisTool();
        Path agentJar = jars.locate(agent, AGENT_IN_CHECKOUT, "the jPLR agent jar", "--agent");
        Path samples = jars.locate(samplesJar, SAMPLES_IN_CHECKOUT, "the samples jar", "--samples-jar");
        Path javaLauncher = javaLauncher();
        checkWritable(json, "--json");
        checkWritable(csv, "--csv");
        Path directory = workDirectory();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar progress = new ProgressBar(err, ProgressBar.onTerminal(), settings.runs());
        ProcessLauncher launcher = new ProcessLauncher(javaLauncher, agentJar, samples, sample, size, mode,
                hangTimeout);
        // Stopped from outside (Ctrl-C, kill), the campaign still kills its runs and removes its temporary files.
        Thread cleanup = new Thread(() -> {
            launcher.stopAll();
            removeUnlessKept(directory);
        }, "jplr-inject-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
        CampaignResult result = null;
        try {
            result = new Campaign(settings, launcher, directory,
                    note -> {
                        err.println(InjectTool.NAME + ": " + note);
                        err.flush();
                    },
                    record -> progress.finished(record.outcome())).run();
        } finally {
            launcher.stopAll();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook is already at work.
            }
            finish(directory, err, result);
        }
        out.print(OutcomeTable.render(result.summary(), size, result.notInjected()));
        out.flush();
        if (json != null) {
            Files.writeString(json, result.summary().toJson() + "\n", StandardCharsets.UTF_8);
        }
        if (csv != null) {
            Files.writeString(csv, RunCsv.of(result.records()), StandardCharsets.UTF_8);
        }
        return 0;
    }

    private CampaignSettings settings() {
        if (!size.equals("small") && !size.equals("large")) {
            throw usage("--size must be small or large");
        }
        if (runs < 1) {
            throw usage("--runs must be 1 or more");
        }
        if (jobs != null && jobs < 1) {
            throw usage("--jobs must be 1 or more");
        }
        if (bits != null && model != FaultModel.MEMORY) {
            throw usage("--bits applies only to --model memory");
        }
        if (bits != null && bits < 1) {
            throw usage("--bits must be 1 or more");
        }
        if (hangTimeout.compareTo(MIN_HANG_TIMEOUT) < 0) {
            throw usage("--timeout must be at least 100ms (jPLR's least plr.timeout)");
        }
        if (timeLimit != null && timeLimit.isZero()) {
            throw usage("--time-limit must be more than 0");
        }
        int parallel = jobs != null ? jobs
                : CampaignSettings.defaultJobs(mode, Runtime.getRuntime().availableProcessors());
        return new CampaignSettings(sample, size, mode, model, runs, seed, parallel, timeLimit, window,
                bits != null ? bits : 1, keep);
    }

    private Path javaLauncher() {
        Path launcher = java != null ? java.toAbsolutePath()
                : Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(launcher) || Files.isDirectory(launcher)) {
            throw new ToolFailure("no java launcher at " + launcher + (java != null ? "" : ": give --java"));
        }
        return launcher;
    }

    /** A campaign can take hours: a file it cannot write is better found before than after. */
    private static void checkWritable(Path file, String option) {
        if (file == null) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new ToolFailure("cannot write " + option + " " + file + ": no directory " + parent);
        }
        if (Files.isDirectory(file) || (Files.exists(file) ? !Files.isWritable(file) : !Files.isWritable(parent))) {
            throw new ToolFailure("cannot write " + option + " " + file);
        }
    }

    private Path workDirectory() throws IOException {
        if (workDir == null) {
            return Files.createTempDirectory("jplr-campaign-");
        }
        Path directory = workDir.toAbsolutePath();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new ToolFailure("the work directory " + directory + " is not empty");
                }
            }
        }
        return Files.createDirectories(directory);
    }

    /** Says where kept runs are; a run whose protection failed is kept whatever --keep says, with its directory. */
    private void finish(Path directory, PrintWriter err, CampaignResult result) {
        List<String> evidence = new ArrayList<>();
        if (result != null) {
            for (RunRecord record : result.records()) {
                if (record.outcome().needsEvidence(mode)) {
                    evidence.add("run-" + record.run() + " (" + record.outcome().word() + ")");
                }
            }
        }
        if (keep) {
            err.println(InjectTool.NAME + ": the runs are kept in " + directory);
        } else if (!evidence.isEmpty()) {
            err.println(InjectTool.NAME + ": kept for inspection in " + directory + ": " + String.join(", ", evidence));
        }
        err.flush();
        if (evidence.isEmpty()) {
            removeUnlessKept(directory);
        }
    }

    /** A temporary work directory goes unless kept; a given one stays (its runs go as they are judged). */
    private void removeUnlessKept(Path directory) {
        if (keep || workDir != null) {
            return;
        }
        try {
            RunFiles.deleteTree(directory);
        } catch (IOException e) {
            // A run killed while writing may race the deletion; what remains is in the system's temp directory.
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
