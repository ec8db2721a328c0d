package io.jplr.agent.master;

import io.jplr.agent.Settings;
import io.jplr.faultinjector.FaultInjection;
import io.jplr.replica.ExitStatus;
import io.jplr.replica.Master;
import io.jplr.replica.OperatorMessages;
import io.jplr.replica.ReplicaCommand;
import io.jplr.replica.ReportLog;
import io.jplr.replica.RunOptions;
import io.jplr.replica.RunDirectory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.lang.instrument.Instrumentation;
import javax.management.JMException;

/** What the JVM the user started does: prepare the run, let the {@link Master} run it, clean up. */
public final class MasterRole {
    private MasterRole() {
    }

    /** Runs the application as replicas and returns the exit status of the run. */
    public static int run(Settings settings, Instrumentation instrumentation) {
        RunDirectory run;
        Master master;
        try {
            run = RunDirectory.create(ProcessHandle.current().pid());
        } catch (IOException e) {
            OperatorMessages.say("cannot create the run directory: " + e.getMessage());
            return ExitStatus.START_FAILURE;
        }
        RunOptions options = settings.runOptions();
        ReportLog report;
        try {
            report = options.report() == null ? ReportLog.disabled() : ReportLog.open(options.report());
        } catch (IOException e) {
            OperatorMessages.say("invalid plr.report '" + options.report() + "': " + e.getMessage());
            run.close();
            return ExitStatus.CONFIGURATION;
        }
        try {
            BootstrapJar.write(run.bootstrapJar());
            ReplicaCommand command = ReplicaCommand.ofCurrentProcess();
            String earlierAgent = JavaAgentOrder.agentBeforeJplr(command.jvmOptions(), ownJar(),
                    Path.of(System.getProperty("user.dir")));
            if (earlierAgent != null) {
                OperatorMessages.say("the Java agent " + earlierAgent + " is loaded before jPLR's, so every replica"
                        + " would run it unprotected: give jPLR's -javaagent first");
                report.close();
                run.close();
                return ExitStatus.CONFIGURATION;
            }
            if (settings.faultInjection()) {
                command = command.withReplicaOption("-D" + ReplicaCommand.FAULT_INJECTION_PROPERTY + "=true");
            }
            if (!settings.batchMappedWrites()) {
                command = command.withReplicaOption("-D" + ReplicaCommand.MAP_BATCH_PROPERTY + "=false");
            }
            if (command.hasOption(MasterFlightRecording.OPTION)) {
                MasterFlightRecording.start();
            }
            if (MasterManagementAgent.requested()) {
                try {
                    MasterManagementAgent.start(instrumentation);
                } catch (IllegalStateException e) {
                    OperatorMessages.say(e.getMessage());
                    report.close();
                    run.close();
                    return ExitStatus.START_FAILURE;
                }
            }
            master = new Master(options, run, command, report);
        } catch (IOException | RuntimeException e) {
            OperatorMessages.say("cannot prepare the replicas: " + e.getMessage());
            report.close();
            run.close();
            return ExitStatus.START_FAILURE;
        }
        FaultInjection.Registration injector = null;
        if (settings.faultInjection()) {
            try {
                injector = FaultInjection.registerInMaster(master, options.mode());
            } catch (JMException | RuntimeException e) {
                OperatorMessages.say("cannot register the fault injector: " + e);
                report.close();
                run.close();
                return ExitStatus.START_FAILURE;
            }
        }
        // Ctrl-C, SIGTERM or an error in the master must not leave replicas or shared memory behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            master.stopReplicas();
            run.close();
        }, "jplr-cleanup"));
        int status = master.run();
        if (injector != null) {
            injector.unregister();
        }
        master.stopReplicas();
        run.close();
        return status;
    }

    /** The jar this agent was loaded from. */
    private static Path ownJar() {
        try {
            return Path.of(MasterRole.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot tell which jar jPLR's agent was loaded from: " + e, e);
        }
    }
}
