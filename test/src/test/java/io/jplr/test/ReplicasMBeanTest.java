package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.tools.attach.VirtualMachine;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator can watch a running master over JMX, as with any JVM: the {@code io.jplr:type=Replicas} MXBean
 * shows its replicas (real child processes), and counts the divergences and recoveries as they happen. The test
 * attaches to the master like jconsole would, through the Attach API.
 */
class ReplicasMBeanTest {
    private static final long WAIT_NANOS = 60_000_000_000L;

    @TempDir
    Path directory;

    @Test
    void showsTheReplicasAndCountsARecovery() throws Exception {
        // Replica 1 corrupts line 400: between the gates at 200 (all healthy) and 500 (recovered).
        Launch launch = Workload.under("TMR", directory.resolve("out.txt"), "-Djplr.test.faultyReplica=1",
                "-Dfault.line.1=400", "-Dworkload.gates=200,500");
        try (LiveRun live = LiveRun.start(launch)) {
            live.awaitOutput("\nline 199 ");
            try (JMXConnector connector = connect(live.master().pid())) {
                MBeanServerConnection server = connector.getMBeanServerConnection();
                ObjectName replicas = new ObjectName("io.jplr:type=Replicas");
                // Registered once the replicas have started and the run is two seconds old.
                long registered = System.nanoTime() + WAIT_NANOS;
                while (!server.isRegistered(replicas)) {
                    if (System.nanoTime() > registered) {
                        fail("io.jplr:type=Replicas was not registered within 60 s");
                    }
                    Thread.sleep(100);
                }
                assertEquals("TMR", server.getAttribute(replicas, "Mode"));
                assertEquals(3, number(server.getAttribute(replicas, "LiveReplicas")));
                assertEquals(0, number(server.getAttribute(replicas, "Divergences")));
                CompositeData[] rows = (CompositeData[]) server.getAttribute(replicas, "Replicas");
                assertEquals(3, rows.length, Arrays.toString(rows));
                for (CompositeData row : rows) {
                    assertEquals("RUNNING", row.get("state"), row::toString);
                }
                assertEquals(Set.of(0L, 1L, 2L), column(rows, "index"), Arrays.toString(rows));
                Set<Long> children = Replicas.of(live.master()).stream().map(ProcessHandle::pid)
                        .collect(Collectors.toSet());
                assertEquals(children, column(rows, "pid"), "the replicas are the master's child JVMs");

                live.send("go");
                live.awaitOutput("\nline 499 ");
                // Held at the gate at 500, the run cannot end before the counters and the replacement show.
                long deadline = System.nanoTime() + WAIT_NANOS;
                while (!(number(server.getAttribute(replicas, "Divergences")) == 1
                        && number(server.getAttribute(replicas, "Recoveries")) == 1
                        && replacedAndRunning((CompositeData[]) server.getAttribute(replicas, "Replicas")))) {
                    if (System.nanoTime() > deadline) {
                        fail("no recovery shown within 60 s: Divergences "
                                + server.getAttribute(replicas, "Divergences") + ", Recoveries "
                                + server.getAttribute(replicas, "Recoveries") + ", Replicas "
                                + Arrays.toString((CompositeData[]) server.getAttribute(replicas, "Replicas")));
                    }
                    Thread.sleep(100);
                }
                assertEquals(3, number(server.getAttribute(replicas, "LiveReplicas")));
            }
            live.send("go");
            Run run = live.finish();
            assertEquals(0, run.exitStatus(), run::toString);
        }
    }

    /** Slot 1 holds the replacement (ordinal 3) and all three replicas run. */
    private static boolean replacedAndRunning(CompositeData[] rows) {
        return rows.length == 3
                && Arrays.stream(rows).allMatch(row -> "RUNNING".equals(row.get("state")))
                && Arrays.stream(rows).anyMatch(row -> number(row.get("index")) == 1 && number(row.get("ordinal")) == 3);
    }

    private static JMXConnector connect(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            return JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()));
        } finally {
            vm.detach();
        }
    }

    private static Set<Long> column(CompositeData[] rows, String key) {
        return Arrays.stream(rows).map(row -> number(row.get(key))).collect(Collectors.toSet());
    }

    private static long number(Object value) {
        assertTrue(value instanceof Number, "not a number: " + value);
        return ((Number) value).longValue();
    }
}
