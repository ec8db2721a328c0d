package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under DMR two replicas cannot outvote each other: on a disagreement a third replica, the tie-breaker, replays
 * up to the disputed call and its vote decides; the loser is killed and the run goes on with two. A replica
 * that dies is replaced as under TMR. With {@code plr.onDivergence=stop} the first fault ends the run instead,
 * before anything of the disputed call is written.
 */
class DmrRecoveryTest extends FaultyWorkloadRuns {
    private static final int NO_MAJORITY = 79;


    @Test
    void aTieBreakerDecidesADisagreement() {
        Run run = under("DMR", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=100").run();
        Workload.assertLikeNative(expected, run, file());
        assertOneLineFor(run, 1);
        Report report = report();
        Map<String, Object> divergence = only(report, "divergence");
        assertEquals(1, Report.number(divergence, "replica"), divergence::toString);
        assertEquals("output", divergence.get("kind"), divergence::toString);
        assertEquals("tie-break", divergence.get("action"), divergence::toString);
        Map<String, Object> recovery = only(report, "recovery");
        assertEquals("tie-breaker", recovery.get("role"), recovery::toString);
        assertEquals(2, Report.number(recovery, "replica"), "the tie-breaker takes slot 2: " + recovery);
        assertEquals(2, Report.number(recovery, "ordinal"), "the first ordinal after the initial two: " + recovery);
        Map<String, Object> end = report.end();
        assertEquals(0, Report.number(end, "exitStatus"), end::toString);
        assertEquals(1, Report.number(end, "divergences"), end::toString);
        assertEquals(2, Report.number(end, "live"), "the loser is gone, the tie-breaker stays: " + end);
    }

    @Test
    void aKilledReplicaIsReplaced() throws Exception {
        // The gate holds the survivor at line 100 until the replacement has caught up (see RecoveryTest).
        try (LiveRun live = LiveRun.start(under("DMR", "-Dworkload.gates=100"))) {
            live.awaitOutput("\nline 99 ");
            live.signal("KILL", live.replica(1));
            Report.await(reportFile(), "rejoin", 1, live.master());
            live.send("go");
            Run run = live.finish();
            Workload.assertLikeNative(expected, run, file());
            assertOneLineFor(run, 1);
            Report report = report();
            Map<String, Object> divergence = only(report, "divergence");
            assertEquals(1, Report.number(divergence, "replica"), divergence::toString);
            assertEquals("crash", divergence.get("kind"), divergence::toString);
            assertEquals("replace", divergence.get("action"), divergence::toString);
            Map<String, Object> recovery = only(report, "recovery");
            assertEquals("replacement", recovery.get("role"), recovery::toString);
            assertEquals(1, Report.number(recovery, "replica"), recovery::toString);
            assertEquals(2, Report.number(recovery, "ordinal"), recovery::toString);
            assertEquals(2, Report.number(report.end(), "live"), report::toString);
        }
    }

    /**
     * Killed while the other replica writes: the survivor's next outputs have no quorum until the replacement
     * (not a tie-breaker: nothing is disputed) catches up; they wait for it, and the run goes on.
     */
    @Test
    void aReplicaKilledWhileTheOtherWritesIsReplaced() throws Exception {
        try (LiveRun live = LiveRun.start(under("DMR", "-Dworkload.gates=400"))) {
            live.awaitOutput("\nline 50 ");
            live.signal("KILL", live.replica(0));
            Report.await(reportFile(), "rejoin", 1, live.master());
            live.send("go");
            Run run = live.finish();
            Workload.assertLikeNative(expected, run, file());
            assertOneLineFor(run, 0);
            Report report = report();
            assertEquals("replacement", only(report, "recovery").get("role"), report::toString);
            assertEquals(2, Report.number(report.end(), "live"), report::toString);
        }
    }

    @Test
    void stopEndsTheRunBeforeTheDisputedCall() {
        // Line 250, not 100: so that the file has lines before the disputed one (100, 200) and one after it
        // the run must never write (300).
        Run run = under("DMR", "-Dplr.onDivergence=stop", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=250").run();
        assertEquals(NO_MAJORITY, run.exitStatus(), run::toString);
        assertEquals(linesBefore(250, expected.run().out()), run.out(), "stdout: nothing of line 250 or after");
        assertEquals(linesBefore(250, expected.file()), Workload.read(file()), "the file");
        assertEquals("progress 200\n", run.applicationErr(), "the application's stderr before line 250");
        assertFalse(run.jplrLines().isEmpty(), run::toString);
        Report report = report();
        assertEquals("stop", only(report, "divergence").get("action"), report::toString);
        assertEquals(NO_MAJORITY, Report.number(report.end(), "exitStatus"), report::toString);
    }

    /** The lines of a native output before workload line {@code line} ("line N hash"). */
    private static String linesBefore(int line, String output) {
        return output.lines().filter(l -> Integer.parseInt(l.split(" ")[1]) < line)
                .map(l -> l + "\n").collect(Collectors.joining());
    }

    private static void assertOneLineFor(Run run, int slot) {
        List<String> messages = run.jplrLines();
        assertEquals(1, messages.size(), "one line per fault:\n" + run.err());
        assertTrue(messages.get(0).startsWith("jplr: replica " + slot + " "), messages.get(0));
    }

    private static Map<String, Object> only(Report report, String event) {
        List<Map<String, Object>> records = report.events(event);
        assertEquals(1, records.size(), "one " + event + " record:\n" + report);
        return records.get(0);
    }
}
