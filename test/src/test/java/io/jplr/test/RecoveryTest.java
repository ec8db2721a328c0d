package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Under TMR a replica that diverges, crashes or hangs is killed and replaced by a fresh JVM in its slot, which
 * re-executes from the start on the master's replay log and rejoins; the user sees exactly a fault-free run,
 * plus one {@code jplr: replica K } line on stderr per fault.
 *
 * <p>The faults are the workload's test-only ones ({@link io.jplr.test.apps.FaultyWorkload}) or signals the
 * test sends. So that every check is about behaviour, not timing, the workload waits at a gate (a line read
 * from stdin) after the fault, and the test opens it only once the report shows that the replacement rejoined:
 * the replacement cannot have been started too late, or the victim be signalled after it finished.
 */
class RecoveryTest extends FaultyWorkloadRuns {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"corrupt, output", "exit, exit", "spin, hang"})
    void aReplicaThatMisbehavesIsReplaced(String fault, String kind) throws Exception {
        Run run = openingGates(under("TMR", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=100",
                "-Dfault.kind=" + fault, "-Dplr.timeout=1s", "-Dworkload.gates=300"), 1);
        assertRecovered(run, kind, 1);
    }

    /**
     * The faulty replica throws at the last line: the others print it and exit, while it goes on posting its
     * stack trace, calls the run never makes. Those are nobody's but a faulty replica's: they must not stop
     * the run (they did, with 79, before the first campaign found it).
     */
    @Test
    void whatAFaultyReplicaPostsPastTheRunsLastCallIsIgnored() {
        Run run = under("TMR", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=600", "-Dfault.kind=throw").run();
        Workload.assertLikeNative(expected, run, file());
        List<Map<String, Object>> divergences = report().events("divergence");
        assertEquals(1, divergences.size(), report()::toString);
        assertEquals(1L, Report.number(divergences.get(0), "replica"), report()::toString);
        assertEquals(0L, Report.number(report().end(), "exitStatus"), report()::toString);
    }

    /**
     * The faulty replica prints from a thread of its own that no other replica starts, while the others run: its
     * call can never gather a quorum once they have exited without it. Their exits outvote it, as any majority
     * would; the run ends as natively (it stopped with 79 before: no candidate could reach a quorum any more).
     */
    @Test
    void aCallOnlyOneReplicaMakesIsOutvotedByTheOthersExits() {
        Run run = under("TMR", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=590", "-Dfault.kind=straggle").run();
        Workload.assertLikeNative(expected, run, file());
        List<Map<String, Object>> divergences = report().events("divergence");
        assertEquals(1, divergences.size(), report()::toString);
        assertEquals(1L, Report.number(divergences.get(0), "replica"), report()::toString);
        assertEquals(0L, Report.number(report().end(), "exitStatus"), report()::toString);
    }

    @Test
    void aCrashedReplicaIsReplacedAndItsCrashReportStaysInTheReport() throws Exception {
        Launch launch = under("TMR", "-Djplr.test.faultyReplica=2", "-Dfault.line.2=100", "-Dfault.kind=crash",
                "-Dworkload.gates=300").in(directory);
        Run run = openingGates(launch, 1);
        assertRecovered(run, "crash", 2);
        assertFalse(run.err().toLowerCase().contains("fatal error"), run::toString);
        assertFalse(run.err().contains("SIGSEGV"), run::toString);
        try (Stream<Path> files = Files.list(directory)) {
            List<String> crashLogs = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.startsWith("hs_err_pid")).collect(Collectors.toList());
            assertEquals(List.of(), crashLogs, "a replica's crash log in the program's working directory");
        }
        @SuppressWarnings("unchecked")
        List<Object> jvm = (List<Object>) report().events("divergence").get(0).get("jvm");
        assertTrue(jvm != null && jvm.stream().anyMatch(line -> String.valueOf(line).contains("SIGSEGV")),
                "the report keeps the replica JVM's own crash text: " + jvm);
    }

    @Test
    void aKilledReplicaIsReplaced() throws Exception {
        try (LiveRun live = LiveRun.start(under("TMR", "-Dworkload.gates=100"))) {
            live.awaitOutput("\nline 99 ");
            live.signal("KILL", live.replica(2));
            Report.await(reportFile(), "rejoin", 1, live.master());
            live.send("go");
            assertRecovered(live.finish(), "crash", 2);
        }
    }

    @Test
    void aStoppedReplicaIsFoundHungAndReplaced() throws Exception {
        try (LiveRun live = LiveRun.start(under("TMR", "-Dplr.timeout=1s", "-Dworkload.gates=100"))) {
            live.awaitOutput("\nline 99 ");
            live.signal("STOP", live.replica(0)); // close() SIGKILLs it whatever happens
            Report.await(reportFile(), "rejoin", 1, live.master());
            live.send("go");
            assertRecovered(live.finish(), "hang", 0);
        }
    }

    @Test
    void theReplacementCanFailAndBeReplacedInTurn() throws Exception {
        // Ordinal 0 (slot 0) corrupts line 100; its replacement, ordinal 3, corrupts line 450 after it rejoined.
        Run run = openingGates(under("TMR", "-Djplr.test.faultyReplica=0,3", "-Dfault.line.0=100", "-Dfault.line.3=450",
                "-Dworkload.gates=300,500"), 1, 2);
        assertRecovered(run, "output", 0, 0);
    }

    @Test
    void quietRecoversWithoutALine() {
        Run run = under("TMR", "-Dplr.quiet=true", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=100").run();
        Workload.assertLikeNative(expected, run, file());
        assertEquals(expected.run().err(), run.err(), "no jplr: line for a recovered fault");
        assertEquals(1, report().events("divergence").size(), "the report still has it");
    }

    @Test
    void aFaultFreeRunSaysNothingAndReportsOnlyWhereItRanAndItsEnd() {
        Run run = under("TMR").run();
        Workload.assertLikeNative(expected, run, file());
        assertEquals(expected.run().err(), run.err(), "nothing of jPLR's on stderr");
        Report report = report();
        assertEquals(2, report.records().size(), report::toString);
        assertEquals(1, report.events("placement").size(), report::toString);
        Map<String, Object> end = report.end();
        assertEquals(0, Report.number(end, "exitStatus"));
        assertEquals(0, Report.number(end, "divergences"));
        assertEquals(0, Report.number(end, "recoveries"));
        assertEquals(3, Report.number(end, "live"));
    }

    /**
     * The run is a native one, and each fault, the i-th in slot {@code faultySlots[i]}, left one stderr line
     * naming its slot and, in the report, a divergence of the replica in that slot (first the initial one,
     * whose ordinal is its slot, then its replacement), a recovery and a rejoin of a replacement with the next
     * ordinal (3, 4...), and an end with all three live.
     */
    private void assertRecovered(Run run, String kind, int... faultySlots) {
        Workload.assertLikeNative(expected, run, file());
        List<String> messages = run.jplrLines();
        assertEquals(faultySlots.length, messages.size(), "one line per fault:\n" + run.err());
        Report report = report();
        List<Map<String, Object>> divergences = report.events("divergence");
        List<Map<String, Object>> recoveries = report.events("recovery");
        List<Map<String, Object>> rejoins = report.events("rejoin");
        assertEquals(faultySlots.length, divergences.size(), report::toString);
        assertEquals(faultySlots.length, recoveries.size(), report::toString);
        assertEquals(faultySlots.length, rejoins.size(), report::toString);
        long[] ordinalInSlot = {0, 1, 2};
        long nextOrdinal = 3;
        for (int i = 0; i < faultySlots.length; i++) {
            int slot = faultySlots[i];
            assertTrue(messages.get(i).startsWith("jplr: replica " + slot + " "), messages.get(i));
            Map<String, Object> divergence = divergences.get(i);
            assertEquals(slot, Report.number(divergence, "replica"), divergence::toString);
            assertEquals(ordinalInSlot[slot], Report.number(divergence, "ordinal"), divergence::toString);
            assertEquals(kind, divergence.get("kind"), divergence::toString);
            assertEquals("replace", divergence.get("action"), divergence::toString);
            if (kind.equals("output")) {
                assertEquals("STDOUT_WRITE", divergence.get("call"), divergence::toString);
                assertEquals("the main thread", divergence.get("stream"), divergence::toString);
                assertEquals(List.of(0L, 1L, 2L).stream().filter(s -> s != slot).collect(Collectors.toList()),
                        divergence.get("agreed"), divergence::toString);
            }
            Map<String, Object> recovery = recoveries.get(i);
            assertEquals(slot, Report.number(recovery, "replica"), recovery::toString);
            assertEquals(nextOrdinal, Report.number(recovery, "ordinal"), recovery::toString);
            assertEquals("replacement", recovery.get("role"), recovery::toString);
            Map<String, Object> rejoin = rejoins.get(i);
            assertEquals(slot, Report.number(rejoin, "replica"), rejoin::toString);
            assertEquals(nextOrdinal, Report.number(rejoin, "ordinal"), rejoin::toString);
            ordinalInSlot[slot] = nextOrdinal++;
        }
        Map<String, Object> end = report.end();
        assertEquals(0, Report.number(end, "exitStatus"), end::toString);
        assertEquals(faultySlots.length, Report.number(end, "divergences"), end::toString);
        assertEquals(faultySlots.length, Report.number(end, "recoveries"), end::toString);
        assertEquals(3, Report.number(end, "live"), end::toString);
    }

    /**
     * Runs the gated workload: gate i opens once the report holds {@code rejoinsAtGate[i]} rejoins, so that a
     * replacement started for a fault before that gate has caught up with the others by then.
     */
    private Run openingGates(Launch launch, int... rejoinsAtGate) throws Exception {
        try (LiveRun live = LiveRun.start(launch)) {
            for (int rejoins : rejoinsAtGate) {
                Report.await(reportFile(), "rejoin", rejoins, live.master());
                live.send("go");
            }
            return live.finish();
        }
    }
}
