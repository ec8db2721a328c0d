package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import javax.management.Attribute;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The {@code io.jplr:type=FaultInjector} MXBean of a real job, reached as an operator would (Attach API, local
 * JMX; remote JMX as the user configures it). Each fault goes into replica 1 of
 * {@link io.jplr.test.apps.FaultyWorkload} while the whole job waits at the gate before line 200; then the gate
 * opens. TMR must repair every fault: the run looks native.
 */
class FaultInjectorTest extends FaultyWorkloadRuns {

    @Test
    void aCorruptedOutputIsOutvotedAndTheReplicaReplaced() throws Exception {
        Run run = injectAtGate("TMR", jmx -> jmx.inject("corruptNextOutput", 1));
        Workload.assertLikeNative(expected, run, file());
        Map<String, Object> divergence = report().events("divergence").get(0);
        assertEquals(1L, Report.number(divergence, "replica"), report()::toString);
        assertEquals("output", divergence.get("kind"), report()::toString);
        assertEquals(1, report().events("recovery").size(), report()::toString);
    }

    @Test
    void aCrashedReplicaIsReplaced() throws Exception {
        Run run = injectAtGate("TMR", jmx -> jmx.inject("crash", 1));
        Workload.assertLikeNative(expected, run, file());
        Map<String, Object> divergence = report().events("divergence").get(0);
        assertEquals(1L, Report.number(divergence, "replica"), report()::toString);
        assertEquals("crash", divergence.get("kind"), report()::toString);
    }

    @Test
    void aHungReplicaIsReplaced() throws Exception {
        Run run = injectAtGate("TMR", jmx -> jmx.inject("hang", 1), "-Dplr.timeout=1s");
        Workload.assertLikeNative(expected, run, file());
        Map<String, Object> divergence = report().events("divergence").get(0);
        assertEquals(1L, Report.number(divergence, "replica"), report()::toString);
        assertEquals("hang", divergence.get("kind"), report()::toString);
    }

    @Test
    void aRegisterFaultIsArmedAheadAndTheRunStaysCorrect() throws Exception {
        Run run = injectAtGate("TMR", jmx -> {
            long now = (Long) jmx.server().invoke(new ObjectName(JobJmx.FAULT_INJECTOR), "branchCount",
                    new Object[] {1}, new String[] {"int"});
            assertTrue(now > 0, "replica 1 counted no backward branch before line 200: " + now);
            String description = jmx.inject("flipRegisterBit", 1, now + 50_000);
            assertTrue(description.contains("backward branch " + (now + 50_000)), description);
            return description;
        });
        Workload.assertLikeNative(expected, run, file());
        assertTrue(report().events("divergence").stream().allMatch(d -> Report.number(d, "replica") == 1),
                report()::toString);
    }

    @Test
    void heapAndMemoryFaultsLeaveADmrRunCorrect() throws Exception {
        Run run = injectAtGate("DMR", jmx -> {
            jmx.server().setAttribute(new ObjectName(JobJmx.FAULT_INJECTOR), new Attribute("Seed", 42L));
            return jmx.inject("flipHeapBit", 0) + " / " + jmx.inject("flipMemoryBit", 0, 1);
        });
        // Under DMR a detected fault is decided by a tie-breaker; anything else must not change the output.
        assertTrue(run.exitStatus() == 0 || run.exitStatus() == 79, run::toString);
        if (run.exitStatus() == 0) {
            Workload.assertLikeNative(expected, run, file());
        } else {
            assertTrue(expected.run().out().startsWith(run.out()), "stopped with a prefix of the native output");
        }
    }

    @Test
    void badRequestsAreRefusedWithAMessage() throws Exception {
        Run run = injectAtGate("TMR", jmx -> {
            Exception noSuchReplica = assertThrows(Exception.class, () -> jmx.inject("crash", 3));
            assertTrue(String.valueOf(rootMessage(noSuchReplica)).contains("no replica 3"), noSuchReplica::toString);
            Exception badCount = assertThrows(Exception.class, () -> jmx.inject("flipMemoryBit", 0, 0));
            assertTrue(String.valueOf(rootMessage(badCount)).contains("count"), badCount::toString);
            Exception past = assertThrows(Exception.class, () -> jmx.inject("flipRegisterBit", 2, 1L));
            assertTrue(String.valueOf(rootMessage(past)).contains("already past"), past::toString);
            assertEquals(3, jmx.attribute(JobJmx.FAULT_INJECTOR, "Replicas"));
            assertEquals("TMR", jmx.attribute(JobJmx.FAULT_INJECTOR, "Mode"));
            return "";
        });
        Workload.assertLikeNative(expected, run, file());
        assertEquals(0L, Report.number(report().end(), "divergences"), report()::toString);
    }

    @Test
    void unprotectedTheSameFaultReachesTheOutput() throws Exception {
        Run run = injectAtGate("off", jmx -> {
            assertEquals(1, jmx.attribute(JobJmx.FAULT_INJECTOR, "Replicas"));
            return jmx.inject("corruptNextOutput", 0);
        });
        assertEquals(0, run.exitStatus(), run::toString);
        byte[] actual = run.stdout();
        byte[] native_ = expected.run().stdout();
        assertEquals(native_.length, actual.length);
        int flipped = 0;
        for (int i = 0; i < actual.length; i++) {
            flipped += Integer.bitCount((actual[i] ^ native_[i]) & 0xff);
        }
        assertEquals(1, flipped, "exactly one bit of the unprotected output differs from native");
    }

    @Test
    void theBeanIsReachableOverRemoteJmxWithTheUsersAuthentication() throws Exception {
        int port = MasterOnlyOptionsTest.freePort();
        Path password = Files.writeString(directory.resolve("jmx.password"), "operator s3cret\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        Path access = Files.writeString(directory.resolve("jmx.access"), "operator readwrite\n");
        Launch launch = injectableAtGate("TMR", "-Dcom.sun.management.jmxremote.port=" + port,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1", "-Dcom.sun.management.jmxremote.ssl=false",
                "-Dcom.sun.management.jmxremote.password.file=" + password,
                "-Dcom.sun.management.jmxremote.access.file=" + access);
        Run run;
        try (LiveRun live = LiveRun.start(launch)) {
            live.awaitOutput(BEFORE_GATE);
            assertThrows(SecurityException.class, () -> JobJmx.remote(live.master(), port, "operator", "guess"));
            try (JobJmx jmx = JobJmx.remote(live.master(), port, "operator", "s3cret")) {
                jmx.await(JobJmx.FAULT_INJECTOR);
                String description = jmx.inject("corruptNextOutput", 1);
                assertTrue(description.contains("replica 1"), description);
            }
            live.send("go");
            run = live.finish();
        }
        Workload.assertLikeNative(expected, run, file());
        Map<String, Object> divergence = report().events("divergence").get(0);
        assertEquals(1L, Report.number(divergence, "replica"), report()::toString);
        assertEquals("output", divergence.get("kind"), report()::toString);
    }

    /** Holds the job at the gate before line 200, injects, then lets it finish. */
    private Run injectAtGate(String mode, Injection injection, String... options) throws Exception {
        Launch launch = injectableAtGate(mode, options);
        String description;
        try (LiveRun live = LiveRun.start(launch)) {
            live.awaitOutput(BEFORE_GATE);
            try (JobJmx jmx = JobJmx.attach(live.master().pid())) {
                jmx.await(JobJmx.FAULT_INJECTOR);
                description = injection.inject(jmx);
            }
            live.send("go");
            Run run = live.finish();
            assertFalse(description == null, "the operation described what it injected");
            return run;
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private interface Injection {
        String inject(JobJmx jmx) throws Exception;
    }

}
