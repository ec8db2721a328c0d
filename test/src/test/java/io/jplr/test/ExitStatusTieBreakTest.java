package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.QuietFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicas that agree on every output and on the exit call, but whose JVMs end with different statuses (one
 * died after announcing its exit). Under DMR a tie-breaker replays the run to its exit and its status decides;
 * under TMR the majority does. Either way the odd replica is reported, and the run ends as the native one.
 */
class ExitStatusTieBreakTest {
    @TempDir
    Path directory;

    @Test
    void dmrBreaksTheTieOnTheExitStatusByReplay() {
        Run run = runLikeNative("DMR", 1);
        List<String> lines = run.jplrLines();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith("jplr: replica 1 ended with exit status 1"), run::toString);
        Report report = Report.read(reportFile());
        assertOneExitDivergence(report, 1);
        List<Map<String, Object>> recoveries = report.events("recovery");
        assertEquals(1, recoveries.size(), report::toString);
        assertEquals("tie-breaker", recoveries.get(0).get("role"), report::toString);
        assertEquals(1, Report.number(report.end(), "divergences"), report::toString);
    }

    @Test
    void tmrReportsTheReplicaThatEndedOtherwise() {
        runLikeNative("TMR", 2);
        Report report = Report.read(reportFile());
        assertOneExitDivergence(report, 2);
        assertTrue(report.events("recovery").isEmpty(), report::toString);
    }

    /** Runs the program with the replica of that ordinal failing quietly; the run must end as the native one. */
    private Run runLikeNative(String mode, int faultyOrdinal) {
        Run expected = Launch.on(Jvm.current()).app(QuietFailure.class).run();
        Run run = Launch.under(mode, Jvm.current()).option("-Djplr.test.faultyReplica=" + faultyOrdinal)
                .option("-Dplr.report=" + reportFile()).app(QuietFailure.class).run();
        assertEquals(expected.out(), run.out(), run::toString);
        assertEquals(0, run.exitStatus(), run::toString);
        return run;
    }

    private static void assertOneExitDivergence(Report report, int replica) {
        List<Map<String, Object>> divergences = report.events("divergence");
        assertEquals(1, divergences.size(), report::toString);
        assertEquals(replica, Report.number(divergences.get(0), "replica"), report::toString);
        assertEquals("exit", divergences.get(0).get("kind"), report::toString);
    }

    private Path reportFile() {
        return directory.resolve("report.jsonl");
    }
}
