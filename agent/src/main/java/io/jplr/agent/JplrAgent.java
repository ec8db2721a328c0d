package io.jplr.agent;

import io.jplr.agent.master.MasterRole;
import io.jplr.faultinjector.FaultInjection;
import io.jplr.replica.ExitStatus;
import io.jplr.replica.NativeCalls;
import io.jplr.replica.OptionVariables;
import io.jplr.replica.ReplicaCommand;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import javax.management.JMException;

/**
 * The agent's entry point. The JVM the user starts becomes the master: it never runs the application, it
 * starts the replicas and ends with the run's voted exit status. A JVM started by a master (marked by a
 * system property) is a replica: it installs the interceptions and lets the application's main run.
 *
 * <p>The master never loads the bootstrap classes ({@code io.jplr.bootstrap}, the call table) from here: a
 * replica has them on its bootstrap class path, where the rewritten JDK code finds them.
 */
public final class JplrAgent {
    private JplrAgent() {
    }

    public static void premain(String agentArguments, Instrumentation instrumentation) {
        String replica = System.getProperty(ReplicaCommand.REPLICA_PROPERTY);
        if (replica != null) {
            // The application must not see that it is a replica.
            System.clearProperty(ReplicaCommand.REPLICA_PROPERTY);
            startReplica(replica, instrumentation);
            return;
        }
        Settings settings;
        try {
            settings = Settings.resolve(agentArguments, System.getProperties(), System.getenv());
        } catch (SettingsException e) {
            System.err.println("jplr: " + e.getMessage());
            System.err.flush();
            Runtime.getRuntime().halt(ExitStatus.CONFIGURATION);
            return;
        }
        if (settings.mode() == Mode.OFF) {
            if (settings.faultInjection()) {
                startUnreplicatedInjection(instrumentation);
            }
            return;
        }
        // JNA, which pins replicas to CPUs, gets native access in its own module layer without the JDK 24+
        // warning on the user's terminal only if java.lang is open to jPLR (NativeCalls).
        instrumentation.redefineModule(Object.class.getModule(), Set.of(), Map.of(),
                Map.of("java.lang", Set.of(NativeCalls.class.getModule())), Set.of(), Map.of());
        System.exit(MasterRole.run(settings, instrumentation));
    }

    /** {@code plr.mode=off} with fault injection: the bean injects into this JVM, which nobody protects. */
    private static void startUnreplicatedInjection(Instrumentation instrumentation) {
        try {
            FaultInjection.startUnreplicated(instrumentation);
        } catch (JMException | RuntimeException e) {
            System.err.println("jplr: cannot start fault injection: " + e);
            System.err.flush();
            Runtime.getRuntime().halt(ExitStatus.START_FAILURE);
        }
    }

    private static void startReplica(String spec, Instrumentation instrumentation) {
        boolean faultInjection = Boolean.parseBoolean(System.getProperty(ReplicaCommand.FAULT_INJECTION_PROPERTY));
        System.clearProperty(ReplicaCommand.FAULT_INJECTION_PROPERTY);
        boolean batchMappedWrites = !"false".equals(System.getProperty(ReplicaCommand.MAP_BATCH_PROPERTY));
        System.clearProperty(ReplicaCommand.MAP_BATCH_PROPERTY);
        Map<String, String> optionVariables = OptionVariables.takeRealValues(System.getProperties());
        int colon = spec.indexOf(':');
        try {
            int index = Integer.parseInt(spec.substring(0, colon));
            Path runDirectory = Path.of(spec.substring(colon + 1));
            ReplicaCommand.hideBootClassPathAppend(runDirectory);
            io.jplr.agent.replica.ReplicaRole.start(index, runDirectory, instrumentation, faultInjection,
                    batchMappedWrites, optionVariables);
        } catch (RuntimeException e) {
            // Goes to the replica's own log; the master reports the replica as failed to start.
            System.err.println("jplr: replica could not start: " + e);
            e.printStackTrace();
            Runtime.getRuntime().halt(ExitStatus.START_FAILURE);
        }
    }
}
