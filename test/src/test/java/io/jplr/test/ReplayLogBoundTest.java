package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Past {@code plr.replayLog}, no replica can be replayed any more: recovery is refused, with a clear report;
 * TMR goes on with the two replicas it has, DMR (which needs a tie-breaker) stops with 79.
 */
class ReplayLogBoundTest extends FaultyWorkloadRuns {
    private static final int NO_MAJORITY = 79;


    @Test
    void tmrGoesOnWithTheMajorityWhenTheLogIsPastItsBound() {
        Run run = under("TMR", "-Dplr.replayLog=1k", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=100").run();
        Workload.assertLikeNative(expected, run, file());
        List<String> lines = run.jplrLines();
        assertEquals(1, lines.size(), run::toString);
        assertTrue(lines.get(0).startsWith("jplr: replica 1 ") && lines.get(0).contains("plr.replayLog"),
                lines.get(0));
        Report records = report();
        assertEquals("continue", records.events("divergence").get(0).get("action"), records::toString);
        assertEquals(1, records.events("recovery-refused").size(), records::toString);
        assertEquals(0, records.events("recovery").size(), records::toString);
        assertEquals(2, Report.number(records.end(), "live"), records::toString);
    }

    @Test
    void dmrStopsWhenNoTieBreakerCanBeFed() {
        Run run = under("DMR", "-Dplr.replayLog=1k", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=250").run();
        assertEquals(NO_MAJORITY, run.exitStatus(), run::toString);
        assertTrue(expected.run().out().startsWith(run.out()), "a prefix of the native output");
        assertTrue(!run.out().contains("line 250 "), "nothing of the disputed line");
        Report records = report();
        assertEquals(1, records.events("recovery-refused").size(), records::toString);
        assertEquals("stop", records.events("divergence").get(0).get("action"), records::toString);
        assertEquals(NO_MAJORITY, Report.number(records.end(), "exitStatus"));
    }
}
