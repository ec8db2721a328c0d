package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultInjectorMXBean;
import io.jplr.faultinjector.FaultModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fault-injection campaign: the native run for the reference output, a fault-free run under the campaign's
 * mode for the injection window, then the runs, each with one fault at a point drawn from the seed, each judged
 * by {@link Classifier}.
 */
final class Campaign {
    /** The master registers the bean at its start; a JVM that has not within this will not. */
    private static final Duration INJECTOR_PATIENCE = Duration.ofSeconds(10);
    /**
     * The bean publishes branch counts every 200 ms; reading more often would only load the job whose length
     * the fault-free run measures.
     */
    private static final Duration BRANCH_POLL = Duration.ofMillis(200);
    private static final Duration MIN_TIME_LIMIT = Duration.ofSeconds(20);
    private static final int TIME_LIMIT_FACTOR = 10;
    /** The reference runs are bounded too, generously when no time limit was given. */
    private static final Duration REFERENCE_LIMIT = Duration.ofMinutes(10);
    /** How long a run whose injection failed is given to show whether it was ending anyway. */
    private static final Duration ENDING_GRACE = Duration.ofSeconds(1);
    /** Below this, most injections would come after the program ended. */
    private static final long SHORT_WINDOW_MILLIS = 100;

    private final CampaignSettings settings;
    private final RunLauncher launcher;
    private final Path workDir;
    private final Consumer<String> notes;
    private final Consumer<RunRecord> finished;

    /**
     * @param notes    one-line remarks on the way (durations, warnings), for stderr
     * @param finished called once per run as it is judged, from the run's thread, in completion order
     */
    Campaign(CampaignSettings settings, RunLauncher launcher, Path workDir, Consumer<String> notes,
            Consumer<RunRecord> finished) {
        this.settings = settings;
        this.launcher = launcher;
        this.workDir = workDir;
        this.notes = notes;
        this.finished = finished;
    }

    CampaignResult run() throws IOException, InterruptedException {
        RunObservation reference = referenceRun();
        // Twice: the first run also pays for this tool's first attach and JMX connection, which slow the job on
        // a machine with few cores and would stretch the injection window past what later runs have.
        FaultFreeRun first = faultFreeRun(reference, "fault-free-1");
        FaultFreeRun second = faultFreeRun(reference, "fault-free-2");
        FaultFreeRun faultFree = first.and(second);
        Duration timeLimit = settings.timeLimit() != null ? settings.timeLimit()
                : max(MIN_TIME_LIMIT, wholeSeconds(faultFree.duration().multipliedBy(TIME_LIMIT_FACTOR)));
        long window = settings.window() != null ? settings.window().toMillis() : faultFree.windowMillis();
        notes.accept(String.format(Locale.ROOT,
                "fault-free runs under %s: %d and %d ms; faults go in within %d ms of the bean being reachable; "
                        + "time limit %s; %d run(s) at once",
                settings.mode(), first.duration().toMillis(), second.duration().toMillis(), window,
                Durations.format(timeLimit), settings.jobs()));
        if (window < SHORT_WINDOW_MILLIS) {
            notes.accept("the injection window is only " + window + " ms: most faults will come after the program"
                    + " ended (a larger --size gives a longer run)");
        }
        if (strikesAtBranch()) {
            if (faultFree.branches() <= 0) {
                throw new ToolFailure("the fault-free run counted no backward branch in the application's code:"
                        + " nowhere to inject " + settings.model().word() + " faults");
            }
            notes.accept("a whole run executes about " + faultFree.branches() + " backward branches; each fault"
                    + " strikes at one drawn over " + (settings.mode().isProtected() ? "the whole run"
                            : "what is left of the run when it is armed"));
        }
        List<RunRecord> records = runAll(reference, new Bounds(timeLimit, window, faultFree.branches()));
        CampaignSummary summary = CampaignSummary.of(settings.sample(), settings.mode(), settings.model().word(),
                settings.seed(), records);
        return new CampaignResult(summary, records, timeLimit, window);
    }

    /**
     * Whether this campaign's faults strike at a backward branch (all models but a memory fault of several
     * bits, which the bean injects at a point in time).
     */
    private boolean strikesAtBranch() {
        return settings.model().strikesAtBranch() && !(settings.model() == FaultModel.MEMORY && settings.bits() > 1);
    }

    private RunObservation referenceRun() throws IOException, InterruptedException {
        RunFiles files = RunFiles.create(workDir, "native");
        String what = "the native run of " + settings.sample() + " " + settings.size();
        long start = System.nanoTime();
        LaunchedRun run = launcher.startNative(files);
        awaitEnd(run, start, referenceLimit(), what);
        RunObservation reference = RunObservation.ended(files.readStdout(), files.readStderr(), run.exitStatus());
        if (reference.exitStatus() != 0) {
            throw new ToolFailure(what + " exited " + reference.exitStatus() + lastLine(reference.stderr(), ""));
        }
        notes.accept("native run: " + millisSince(start) + " ms");
        cleanUp(files);
        return reference;
    }

    private FaultFreeRun faultFreeRun(RunObservation reference, String name) throws IOException, InterruptedException {
        RunFiles files = RunFiles.create(workDir, name);
        String what = "the fault-free run under " + settings.mode();
        long start = System.nanoTime();
        long reachable = -1;
        long branches = 0;
        LaunchedRun run = launcher.startInjectable(files);
        try {
            Optional<InjectorConnection> connection = run.awaitInjector(INJECTOR_PATIENCE);
            if (connection.isPresent()) {
                reachable = System.nanoTime();
                try (InjectorConnection injector = connection.get()) {
                    // Protected runs report the count at their end; an unprotected JVM is asked as it runs.
                    // Only faults that strike at a branch need it: other campaigns leave the run undisturbed.
                    if (strikesAtBranch() && !settings.mode().isProtected()) {
                        branches = countBranches(run, injector.injector(), start);
                    }
                }
            } else if (run.isAlive()) {
                throw new ToolFailure(what + " registered no " + FaultInjectorMXBean.OBJECT_NAME + " MXBean within "
                        + INJECTOR_PATIENCE.toSeconds() + " s: does the agent support plr.faultInjection=true?");
            }
            awaitEnd(run, start, referenceLimit(), what);
        } finally {
            if (run.isAlive()) {
                run.kill();
            }
        }
        long end = System.nanoTime();
        if (settings.mode().isProtected()) {
            branches = JobReport.branches(files.report());
        }
        RunObservation observation = observe(files, run.exitStatus(), false);
        requireSameAsNative(reference, observation, what);
        if (reachable < 0) {
            throw new ToolFailure(what + " ended before its " + FaultInjectorMXBean.OBJECT_NAME
                    + " MXBean could be reached: the run is too short to inject into (a larger --size gives a"
                    + " longer run)");
        }
        if (observation.detected()) {
            notes.accept(what + " reported " + observation.divergences() + " divergence(s) without any fault:"
                    + " some 'corrected' runs may be such false alarms");
        }
        cleanUp(files);
        return new FaultFreeRun(Duration.ofNanos(end - start), TimeUnit.NANOSECONDS.toMillis(end - reachable),
                branches);
    }

    /**
     * Waits for the fault-free run to end, reading replica 0's branch count meanwhile: its last value estimates
     * how many branches a whole run has, so that register faults can be spread over all of it.
     */
    private long countBranches(LaunchedRun run, FaultInjectorMXBean injector, long start)
            throws InterruptedException {
        long branches = 0;
        while (!run.waitFor(BRANCH_POLL)) {
            if (System.nanoTime() - start > referenceLimit().toNanos()) {
                return branches;
            }
            try {
                branches = Math.max(branches, injector.branchCount(0));
            } catch (RuntimeException e) {
                // The job is ending (or the bean cannot count yet): the last count read stands.
            }
        }
        return branches;
    }

    private List<RunRecord> runAll(RunObservation reference, Bounds bounds) throws IOException, InterruptedException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(settings.jobs(), task -> {
            Thread thread = new Thread(task, "jplr-campaign-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<RunRecord> completion = new ExecutorCompletionService<>(pool);
        RunRecord[] records = new RunRecord[settings.runs()];
        try {
            // Submitted in order to a FIFO queue, so runs start in index order.
            for (int i = 0; i < settings.runs(); i++) {
                int index = i;
                completion.submit(() -> runOne(index, reference, bounds));
            }
            for (int i = 0; i < settings.runs(); i++) {
                RunRecord record = next(completion);
                records[record.run()] = record;
                finished.accept(record);
            }
        } finally {
            // On a failure or an interrupt, the runs still going kill their jobs as they are interrupted.
            pool.shutdownNow();
            if (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
                notes.accept("some runs did not stop within a minute");
            }
        }
        return Arrays.asList(records);
    }

    private static RunRecord next(CompletionService<RunRecord> completion) throws IOException, InterruptedException {
        try {
            return completion.take().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    private RunRecord runOne(int index, RunObservation reference, Bounds bounds)
            throws IOException, InterruptedException {
        InjectionPlan plan = InjectionPlan.draw(settings.seed(), index, settings.mode().replicas());
        long delay = strikesAtBranch() ? 0 : plan.delayMillis(bounds.windowMillis());
        RunFiles files = RunFiles.create(workDir, "run-" + index);
        long start = System.nanoTime();
        LaunchedRun run = launcher.startInjectable(files);
        Injection injection;
        boolean ended;
        try {
            injection = inject(run, plan, delay, bounds.branches(), reference.exitStatus());
            ended = run.waitFor(remaining(start, bounds.timeLimit()));
            if (!ended) {
                run.kill();
            }
        } finally {
            if (run.isAlive()) {
                run.kill();
            }
        }
        long millis = millisSince(start);
        RunObservation observation = observe(files, run.exitStatus(), !ended);
        Outcome outcome = Classifier.classify(reference, observation, settings.mode());
        if (!outcome.needsEvidence(settings.mode())) {
            cleanUp(files);
        }
        return new RunRecord(index, plan.replica(), settings.model().word(), delay, injection.injected(),
                injection.description(), outcome, observation.exitStatus(), observation.divergences(), millis);
    }

    /** Reaches the bean, waits out the delay, injects: whatever happens, says whether the fault went in. */
    private Injection inject(LaunchedRun run, InjectionPlan plan, long delayMillis, long branches,
            int nativeStatus) throws InterruptedException {
        Optional<InjectorConnection> connection = run.awaitInjector(INJECTOR_PATIENCE);
        if (connection.isEmpty()) {
            return Injection.none(run.isAlive()
                    ? "the FaultInjector bean did not answer within " + INJECTOR_PATIENCE.toSeconds() + " s"
                    : "the program ended before the FaultInjector bean was reachable");
        }
        try (InjectorConnection line = connection.get()) {
            FaultInjectorMXBean injector = line.injector();
            // A fault that strikes at a branch is armed at once: its point is in the program's execution, not
            // in time. Others go in after the drawn delay.
            boolean atBranch = strikesAtBranch();
            if (!atBranch && run.waitFor(Duration.ofMillis(delayMillis))) {
                return Injection.none("the program ended before the injection");
            }
            try {
                injector.setSeed(plan.injectorSeed());
                if (atBranch) {
                    // A replica is armed before its main runs, so its branch is drawn over the whole run and
                    // reproduces from the seed; an unprotected JVM is reachable only once it runs.
                    long from = settings.mode().isProtected() ? 0 : injector.branchCount(plan.replica());
                    long branch = plan.registerBranch(from, branches);
                    return Injection.done(injector.injectAtBranch(plan.replica(), settings.model().word(), branch));
                }
                FaultOperation operation = new FaultOperation(settings.model(), plan.replica(), 0, settings.bits(), 0);
                return Injection.done(operation.applyTo(injector));
            } catch (RuntimeException e) {
                return failedInjection(run, e, nativeStatus);
            }
        }
    }

    /**
     * A call that fails because the job went away means the program ended first, except for a crash injected
     * into an unprotected JVM: there the bean goes down with the JVM it crashed, mid-call, and the JVM does not
     * end as the program would have.
     */
    private Injection failedInjection(LaunchedRun run, RuntimeException failure, int nativeStatus)
            throws InterruptedException {
        if (run.waitFor(ENDING_GRACE)) {
            boolean crashed = settings.model() == FaultModel.CRASH && !settings.mode().isProtected()
                    && run.exitStatus() != nativeStatus;
            return crashed ? Injection.done("crash: the JVM went down during the call")
                    : Injection.none("the program ended before the injection");
        }
        return Injection.none("the injection failed: " + rootMessage(failure));
    }

    private RunObservation observe(RunFiles files, int exitStatus, boolean timedOut) throws IOException {
        return new RunObservation(files.readStdout(), files.readStderr(), exitStatus, timedOut, files.hasCrashLog(),
                JobReport.divergences(files.report()));
    }

    /** A campaign can only judge runs against the native output if jPLR reproduces it without faults. */
    private static void requireSameAsNative(RunObservation reference, RunObservation run, String what) {
        if (run.exitStatus() == 78) {
            throw new ToolFailure(what + " was refused by jPLR (exit 78, invalid settings)"
                    + lastLine(run.stderr(), "jplr: "));
        }
        String difference = null;
        if (run.exitStatus() != reference.exitStatus()) {
            difference = "it exited " + run.exitStatus() + ", the native run " + reference.exitStatus();
        } else if (!Arrays.equals(run.stdout(), reference.stdout())) {
            difference = "its stdout differs from byte " + Arrays.mismatch(run.stdout(), reference.stdout());
        } else if (!Arrays.equals(Classifier.withoutJplrLines(run.stderr()),
                Classifier.withoutJplrLines(reference.stderr()))) {
            difference = "its stderr differs";
        }
        if (difference != null) {
            throw new ToolFailure(what + " does not reproduce the native run (" + difference + ")"
                    + lastLine(run.stderr(), ""));
        }
    }

    private void awaitEnd(LaunchedRun run, long start, Duration limit, String what) throws InterruptedException {
        try {
            if (!run.waitFor(remaining(start, limit))) {
                run.kill();
                throw new ToolFailure(what + " did not end within " + Durations.format(limit));
            }
        } finally {
            if (run.isAlive()) {
                run.kill();
            }
        }
    }

    private Duration referenceLimit() {
        return settings.timeLimit() != null ? settings.timeLimit() : REFERENCE_LIMIT;
    }

    private void cleanUp(RunFiles files) throws IOException {
        if (!settings.keepFiles()) {
            files.delete();
        }
    }

    /** ": LINE" for the last stderr line starting with the prefix, or nothing when there is none. */
    private static String lastLine(byte[] stderr, String prefix) {
        String[] lines = new String(stderr, StandardCharsets.UTF_8).split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            String line = lines[i].strip();
            if (!line.isEmpty() && line.startsWith(prefix)) {
                return ": " + line;
            }
        }
        return "";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static Duration remaining(long start, Duration limit) {
        Duration left = limit.minusNanos(System.nanoTime() - start);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Rounded up: a limit is read by people, and a second more is nothing to a hang. */
    private static Duration wholeSeconds(Duration duration) {
        long seconds = duration.getSeconds() + (duration.getNano() > 0 ? 1 : 0);
        return Duration.ofSeconds(seconds);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** What a fault-free run tells the campaign: its length, the injection window, its branch count. */
    private record FaultFreeRun(Duration duration, long windowMillis, long branches) {
        /** Two runs taken together: the longer for the time limit, the shorter window, the larger count. */
        FaultFreeRun and(FaultFreeRun other) {
            return new FaultFreeRun(max(duration, other.duration), Math.min(windowMillis, other.windowMillis),
                    Math.max(branches, other.branches));
        }
    }

    /** What every run is held to and drawn from. */
    private record Bounds(Duration timeLimit, long windowMillis, long branches) {
    }

    private record Injection(boolean injected, String description) {
        static Injection done(String description) {
            return new Injection(true, description == null ? "" : description);
        }

        static Injection none(String why) {
            return new Injection(false, why);
        }
    }
}
