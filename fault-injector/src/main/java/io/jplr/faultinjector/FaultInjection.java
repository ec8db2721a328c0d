package io.jplr.faultinjector;

import io.jplr.replica.Master;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.client.CallFaults;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** The agent's way in: what {@code plr.faultInjection=true} sets up in the master, a replica, or an unreplicated JVM. */
public final class FaultInjection {
    private FaultInjection() {
    }

    /** In the master: registers the bean, whose targets are the job's replica slots. */
    public static Registration registerInMaster(Master master, String mode) throws JMException {
        List<InjectionTarget> targets = new ArrayList<>();
        for (int slot = 0; slot < master.replicaCount(); slot++) {
            targets.add(new ReplicaTarget(master, slot));
        }
        return register(new FaultInjectorBean(mode, targets));
    }

    /**
     * In a replica, before the application's main: counts backward branches in the application's code, and
     * returns what its watchdog runs to carry out its master's requests.
     */
    public static ReplicaInjections prepareReplica(Instrumentation instrumentation, Channel channel,
            CallFaults calls) {
        openForHeapWalks(instrumentation);
        BackwardBranchTransformer.install(instrumentation);
        return new ReplicaInjections(channel, new LocalFaults(instrumentation, calls));
    }

    /** How often a replica's watchdog looks for a request when fault injection is on. */
    public static long replicaPollMillis() {
        return ReplicaTarget.POLL_MILLIS;
    }

    /**
     * In the one JVM of an unreplicated run ({@code plr.mode=off}): the bean injects into this JVM itself.
     * Its outputs are stdout and stderr, wrapped so that an output fault, a hang or a slow-down reach them.
     */
    public static Registration startUnreplicated(Instrumentation instrumentation) throws JMException {
        openForHeapWalks(instrumentation);
        CallFaults calls = new CallFaults();
        System.setOut(faultable(System.out, calls, "stdout.encoding", "sun.stdout.encoding"));
        System.setErr(faultable(System.err, calls, "stderr.encoding", "sun.stderr.encoding"));
        BackwardBranchTransformer.install(instrumentation);
        return register(new FaultInjectorBean("off", List.of(new SelfTarget(new LocalFaults(instrumentation,
                calls)))));
    }

    /** The bean's registration, to undo at the end of the run. */
    public static final class Registration {
        private final MBeanServer server;
        private final ObjectName name;

        private Registration(MBeanServer server, ObjectName name) {
            this.server = server;
            this.name = name;
        }

        public void unregister() {
            try {
                server.unregisterMBean(name);
            } catch (JMException e) {
                // Already gone: nothing to undo.
            }
        }
    }

    private static Registration register(FaultInjectorBean bean) throws JMException {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = new ObjectName(FaultInjectorMXBean.OBJECT_NAME);
        server.registerMBean(bean, name);
        return new Registration(server, name);
    }

    /**
     * A heap fault may land in the JDK's collections and strings the application holds: their packages are
     * opened to jPLR (and to nobody else).
     */
    private static void openForHeapWalks(Instrumentation instrumentation) {
        Module self = FaultInjection.class.getModule();
        Module base = Object.class.getModule();
        instrumentation.redefineModule(base, Set.of(), Map.of(), Map.of("java.lang", Set.of(self), "java.util",
                Set.of(self), "java.util.concurrent", Set.of(self)), Set.of(), Map.of());
    }

    /** {@code stream} behind a layer that applies output faults; it encodes text the way the JVM's own does. */
    private static PrintStream faultable(PrintStream stream, CallFaults calls, String property, String jdk17Property) {
        String encoding = System.getProperty(property, System.getProperty(jdk17Property));
        Charset charset = encoding == null || !Charset.isSupported(encoding) ? Charset.defaultCharset()
                : Charset.forName(encoding);
        return new PrintStream(new FaultableOutputStream(stream, calls), false, charset);
    }
}
