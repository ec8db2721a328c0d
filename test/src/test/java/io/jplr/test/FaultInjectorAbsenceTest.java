package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** Without {@code plr.faultInjection=true} nobody can inject a fault: the bean does not exist, in any mode. */
class FaultInjectorAbsenceTest extends FaultyWorkloadRuns {

    @Test
    void noBeanInAProtectedJob() throws Exception {
        assertAbsent("TMR", "io.jplr:type=Replicas");
    }

    @Test
    void noBeanWhenOff() throws Exception {
        assertAbsent("off", "java.lang:type=Runtime");
    }

    @Test
    void noBeanWhenExplicitlyFalse() throws Exception {
        assertAbsent("DMR", "io.jplr:type=Replicas", "-Dplr.faultInjection=false");
    }

    /** Waits for {@code present}, which shows the JVM's beans are up, then looks for the injector. */
    private void assertAbsent(String mode, String present, String... options) throws Exception {
        try (LiveRun live = LiveRun.start(under(mode, options).option("-Dworkload.gates=200"))) {
            live.awaitOutput(BEFORE_GATE);
            try (JobJmx jmx = JobJmx.attach(live.master().pid())) {
                jmx.await(present);
                assertFalse(jmx.registered(JobJmx.FAULT_INJECTOR), "the fault injector must not be registered");
                assertEquals(0, jmx.server().queryNames(new javax.management.ObjectName("io.jplr:type=Fault*"),
                        null).size());
            }
            live.send("go");
            Run run = live.finish();
            Workload.assertLikeNative(expected, run, file());
        }
    }
}
