package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultInjectorMXBean;
import io.jplr.faultinjector.FaultModel;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code inject}: one fault into one replica of a running job, through its master's FaultInjector bean. */
@Command(name = "inject", mixinStandardHelpOptions = true,
        header = "Injects one fault into one replica of a running job.",
        description = "Prints the injector's description of what it injected. The job must run with "
                + "-Dplr.faultInjection=true; PID is its master (under plr.mode=off, the JVM itself).")
final class InjectCommand implements Callable<Integer> {
    /** How long a JVM whose call failed is given to show whether it went down. */
    private static final Duration ENDING_GRACE = Duration.ofSeconds(1);

    @Spec
    private CommandSpec spec;

    @Option(names = "--pid", required = true, paramLabel = "PID",
            description = "The job's master: the JVM started with the agent (under plr.mode=off, the JVM itself).")
    private long pid;

    @Option(names = "--replica", paramLabel = "R",
            description = "The replica slot, from 0 (0 under plr.mode=off). Required, except for random.")
    private Integer replica;

    @Option(names = "--fault", required = true, paramLabel = "MODEL",
            converter = OptionConverters.InjectFaultConverter.class,
            completionCandidates = OptionConverters.InjectFaults.class,
            description = "One of: ${COMPLETION-CANDIDATES}. random: a model, replica and point drawn from --seed.")
    private String fault;

    @Option(names = "--branch", paramLabel = "K",
            description = "register: flip at the replica's K-th backward branch (default: one drawn ahead of its "
                    + "current count).")
    private Long branch;

    @Option(names = "--bits", paramLabel = "N", description = "memory: how many bits to flip (default: 1).")
    private Integer bits;

    @Option(names = "--millis", paramLabel = "M", description = "slow: the delay added to every boundary call.")
    private Long millis;

    @Option(names = "--seed", paramLabel = "S",
            description = "The seed of the injection's random choices (default: the bean's own, or a fresh one "
                    + "for random).")
    private Long seed;

    @Override
    public Integer call() {
        boolean random = fault.equals(OptionConverters.RANDOM);
        FaultModel model = random ? null : FaultModel.ofWord(fault).orElseThrow();
        checkCombination(random, model);
        String description;
        try (JobConnection connection = JobConnection.open(pid)) {
            description = inject(connection.injector(), model);
        } catch (ToolFailure e) {
            throw e;
        } catch (RuntimeException e) {
            description = afterFailedCall(e, model);
        }
        spec.commandLine().getOut().println(description);
        return 0;
    }

    private String inject(FaultInjectorMXBean injector, FaultModel model) {
        if (model == null) {
            return injector.injectRandom(seed != null ? seed : new Random().nextLong());
        }
        if (seed != null) {
            injector.setSeed(seed);
        }
        long at = model == FaultModel.REGISTER ? (branch != null ? branch : branchAhead(injector)) : 0;
        FaultOperation operation = new FaultOperation(model, replica, at, bits != null ? bits : 1,
                millis != null ? millis : 0);
        return operation.applyTo(injector);
    }

    /**
     * A branch the replica has not reached yet: past its published count (which lags by up to 200 ms), within
     * as many branches again as it has run so far.
     */
    private long branchAhead(FaultInjectorMXBean injector) {
        long count = injector.branchCount(replica);
        Random random = seed != null ? new Random(seed) : new Random();
        return count + 1 + (long) Math.floor(random.nextDouble() * Math.max(1, count));
    }

    private void checkCombination(boolean random, FaultModel model) {
        if (random && replica != null) {
            throw usage("--fault random draws the replica itself: leave out --replica");
        }
        if (!random && replica == null) {
            throw usage("--fault " + fault + " needs --replica");
        }
        if (replica != null && replica < 0) {
            throw usage("--replica must be 0 or more");
        }
        if (branch != null && model != FaultModel.REGISTER) {
            throw usage("--branch applies only to --fault register");
        }
        if (branch != null && branch < 0) {
            throw usage("--branch must be 0 or more");
        }
        if (bits != null && model != FaultModel.MEMORY) {
            throw usage("--bits applies only to --fault memory");
        }
        if (bits != null && bits < 1) {
            throw usage("--bits must be 1 or more");
        }
        if (millis != null && model != FaultModel.SLOW) {
            throw usage("--millis applies only to --fault slow");
        }
        if (model == FaultModel.SLOW && (millis == null || millis < 1)) {
            throw usage("--fault slow needs --millis, 1 or more");
        }
    }

    /**
     * The bean refused (its message says why), or the connection failed. A crash of an unprotected JVM takes
     * the bean with it mid-call: there the failure is the fault's success.
     *
     * @return the description of a crash that went in
     * @throws ToolFailure for anything else
     */
    private String afterFailedCall(RuntimeException e, FaultModel model) {
        boolean gone = JobConnection.endsWithin(pid, ENDING_GRACE);
        if (gone && model == FaultModel.CRASH) {
            return "crash: pid " + pid + " went down during the call";
        }
        if (gone) {
            throw new ToolFailure("pid " + pid + " ended during the call");
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        throw new ToolFailure(root.getMessage() != null ? root.getMessage() : root.toString());
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
