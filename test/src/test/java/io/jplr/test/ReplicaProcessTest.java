package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The replicas are real child JVMs of the master, as many as the mode says, and die with it. */
class ReplicaProcessTest {
    @Test
    void tmrRunsThreeReplicas() throws Exception {
        assertReplicaCount(Launch.under("TMR", Jvm.current()), 3);
    }

    @Test
    void dmrRunsTwoReplicas() throws Exception {
        assertReplicaCount(Launch.under("DMR", Jvm.current()), 2);
    }

    @Test
    void nmrRunsTheConfiguredNumber() throws Exception {
        assertReplicaCount(Launch.on(Jvm.current()).agent("mode=TMR,replicas=5"), 5);
    }

    @Test
    void systemPropertyOverridesAgentArgumentWhichOverridesEnvironment() throws Exception {
        assertReplicaCount(Launch.on(Jvm.current()).agent("mode=DMR").option("-Dplr.mode=TMR"), 3);
        assertReplicaCount(Launch.on(Jvm.current()).agent("mode=TMR").env("PLR_MODE", "DMR"), 3);
        assertReplicaCount(Launch.on(Jvm.current()).agent("").env("PLR_MODE", "DMR"), 2);
    }

    @Test
    void killingTheMasterLeavesNoReplicaAlive() throws Exception {
        Process master = Launch.under("TMR", Jvm.current()).sample("cat").start();
        List<ProcessHandle> replicas = Replicas.await(master, 3);
        assertEquals(3, replicas.size(), "replicas before the kill");
        master.destroyForcibly(); // SIGKILL: no shutdown hook runs in the master
        assertTrue(master.waitFor(10, TimeUnit.SECONDS));
        // A replica notices within a watchdog period once its agent runs; one still starting its JVM on a loaded
        // machine (the master was killed as soon as the processes existed) notices when its setup gets there.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (ProcessHandle replica : replicas) {
            while (Replicas.running(replica.pid()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertFalse(Replicas.running(replica.pid()), "replica " + replica.pid() + " outlived its master");
        }
    }

    /** Starts {@code cat}, which waits on stdin, counts the master's replicas, then lets it finish. */
    private static void assertReplicaCount(Launch launch, int expected) throws Exception {
        Process master = launch.sample("cat").start();
        try {
            List<ProcessHandle> replicas = Replicas.await(master, expected);
            Thread.sleep(300); // a surplus replica would show up by now
            assertEquals(expected, Replicas.of(master).size(), "replicas of " + launch.command());
            assertEquals(expected, replicas.size());
            try (OutputStream stdin = master.getOutputStream()) {
                stdin.write("bye\n".getBytes());
            }
            byte[] out = master.getInputStream().readAllBytes();
            assertTrue(master.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, master.exitValue());
            assertEquals("bye\n", new String(out));
        } finally {
            master.descendants().forEach(ProcessHandle::destroyForcibly);
            master.destroyForcibly();
        }
    }
}
