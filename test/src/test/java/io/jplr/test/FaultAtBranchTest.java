package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults armed at a backward branch, the way campaigns inject them, into a MiBench sample that runs its whole
 * course in a fraction of a second: the healthy replica is usually done, its exit announced, by the time the
 * faulty one's output is compared. DMR must still send the dispute to a tie-breaker, write every line once,
 * and exit as natively.
 */
class FaultAtBranchTest {
    @TempDir
    Path directory;

    @Test
    void aDmrOutputFaultMidRunIsDecidedByATieBreaker() throws Exception {
        Run run = injectMidRun("DMR", "output");
        List<Map<String, Object>> divergences = report().events("divergence");
        assertEquals(1, divergences.size(), report()::toString);
        assertEquals(0L, Report.number(divergences.get(0), "replica"), report()::toString);
        assertEquals("tie-break", divergences.get(0).get("action"), report()::toString);
        assertEquals(0, run.exitStatus(), run::toString);
    }

    @Test
    void aTmrRegisterFaultMidRunLeavesTheOutputNative() throws Exception {
        Run run = injectMidRun("TMR", "register");
        assertEquals(0, run.exitStatus(), run::toString);
        assertTrue(report().events("divergence").stream().allMatch(d -> Report.number(d, "replica") == 0),
                report()::toString);
    }

    /**
     * Counts the sample's backward branches in a fault-free run, then arms {@code model} in replica 0 at a
     * half of them, as soon as the bean answers (a replica still starting is armed before its main).
     */
    private Run injectMidRun(String mode, String model) throws Exception {
        Run nativeRun = Launch.on(Jvm.current()).sample("crc32", "small").run();
        Path counting = directory.resolve("counting.jsonl");
        Run faultFree = Launch.under(mode, Jvm.current()).option("-Dplr.faultInjection=true")
                .option("-Dplr.report=" + counting).sample("crc32", "small").run();
        assertArrayEquals(nativeRun.stdout(), faultFree.stdout());
        long branches = Report.number(Report.read(counting).end(), "branches");
        assertTrue(branches > 4, "the fault-free run counted " + branches + " backward branches");

        Launch launch = Launch.under(mode, Jvm.current()).option("-Dplr.faultInjection=true")
                .option("-Dplr.report=" + directory.resolve("report.jsonl")).sample("crc32", "small");
        Run run;
        try (LiveRun live = LiveRun.start(launch)) {
            try (JobJmx jmx = JobJmx.attach(live.master().pid())) {
                jmx.await(JobJmx.FAULT_INJECTOR);
                String armed = (String) jmx.server().invoke(new javax.management.ObjectName(JobJmx.FAULT_INJECTOR),
                        "injectAtBranch", new Object[] {0, model, branches / 2},
                        new String[] {"int", "java.lang.String", "long"});
                assertTrue(armed.contains("backward branch " + branches / 2), armed);
            }
            run = live.finish();
        }
        assertArrayEquals(nativeRun.stdout(), run.stdout(), "stdout");
        assertEquals(nativeRun.err(), run.applicationErr(), "the application's stderr");
        return run;
    }

    private Report report() {
        return Report.read(directory.resolve("report.jsonl"));
    }
}
