package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.ThreadedWorkload;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replacement in a program of several threads: killed while the first worker prints, a replica is replaced;
 * its replacement replays the first worker's stream and the main thread's from the log, rejoins at the main
 * thread's gate, and votes on the second worker's stream from its start.
 */
class ThreadedRecoveryTest {
    @TempDir
    Path directory;

    @Test
    void aReplacementReplaysOneThreadsCallsAndVotesOnAnothers() throws Exception {
        Run expected = Launch.on(Jvm.current()).stdin("go\n".getBytes()).app(ThreadedWorkload.class).run();
        Path report = directory.resolve("report.jsonl");
        try (LiveRun live = LiveRun.start(Launch.under("TMR", Jvm.current()).option("-Dplr.report=" + report)
                .app(ThreadedWorkload.class))) {
            live.awaitOutput("\nfirst 100 ");
            live.signal("KILL", live.replica(1));
            Report.await(report, "rejoin", 1, live.master());
            live.send("go");
            Run run = live.finish();
            assertEquals(expected.out(), run.out());
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals(1, run.jplrLines().size(), run::toString);
            Report records = Report.read(report);
            assertEquals(1, records.events("rejoin").size(), records::toString);
            assertTrue(Report.number(records.events("rejoin").get(0), "replayedCalls") > 100, records::toString);
            assertEquals(3, Report.number(records.end(), "live"), records::toString);
        }
    }
}
