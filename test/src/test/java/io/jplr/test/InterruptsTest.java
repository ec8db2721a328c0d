package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.InterruptedSleeperAtGate;
import io.jplr.test.apps.InterruptsSleepers;
import io.jplr.test.apps.InterruptsWaiters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sleep is the master's, and so is its interruption: a thread interrupted before or while it sleeps tells the
 * master, which interrupts the sleep once a quorum of replicas did, and answers every replica alike.
 */
class InterruptsTest {
    @TempDir
    Path directory;

    static List<Jvm> jvms() {
        return Jvm.all();
    }

    /**
     * Natively the program ends in well under a second; a sleep that ran its length (an hour) would outlast the
     * launch's time limit. The exceptions, their messages, the top of their traces and the flags after are the
     * native ones.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void interruptingASleepingThreadWakesItAsNatively(Jvm jvm) {
        assertRunsAsNatively(jvm, InterruptsSleepers.class,
                "platform: sleeper: InterruptedException: sleep interrupted, flag false\n");
    }

    /**
     * Waits for a child process and for a watch service are the master's too, and so are their interruptions: a
     * thread interrupted while it waits (or that waits with its flag set) throws as natively, and the flag is clear
     * after, as natively. The waits are for an hour: one not interrupted would outlast the launch's time limit.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void interruptingAThreadWaitingForTheWorldWakesItAsNatively(Jvm jvm) {
        assertRunsAsNatively(jvm, InterruptsWaiters.class, "waitFor: InterruptedException null, flag false\n");
    }

    /** The app's native run prints {@code line}; under DMR and TMR it prints what it printed natively. */
    private static void assertRunsAsNatively(Jvm jvm, Class<?> app, String line) {
        Run expected = Launch.on(jvm).app(app).run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        assertTrue(expected.out().contains(line), expected::toString);
        for (String mode : List.of("DMR", "TMR")) {
            Run run = Launch.under(mode, jvm).app(app).run();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals("", run.err(), mode);
            assertEquals(expected.out(), run.out(), mode);
        }
    }

    /**
     * A replacement is answered the interrupted sleep from the replay log before its main thread has interrupted
     * the sleeper: the sleeper waits for that interrupt before it throws (else the interrupt would come after,
     * and find the flag clear to set again). The replacement rejoins without diverging; the run is the native one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void aReplacementsReplayedInterruptIsNotDeliveredTwice(Jvm jvm) throws Exception {
        Run expected = Launch.on(jvm).app(InterruptedSleeperAtGate.class)
                .stdin("go\n".getBytes(StandardCharsets.UTF_8)).run();
        assertTrue(expected.out().contains("sleeper: woken, sleep interrupted\nsleeper: flag false\n"),
                expected::toString);
        Path report = directory.resolve("report.jsonl");
        try (LiveRun live = LiveRun.start(Launch.under("TMR", jvm).option("-Dplr.report=" + report)
                .app(InterruptedSleeperAtGate.class))) {
            live.awaitOutput("waiting at the gate\n");
            live.signal("KILL", live.replica(2));
            Report.await(report, "rejoin", 1, live.master());
            live.send("go");
            Run run = live.finish();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals(expected.out(), run.out());
            List<Map<String, Object>> divergences = Report.read(report).events("divergence");
            assertEquals(1, divergences.size(), () -> "only the kill: " + divergences);
            assertEquals(2L, Report.number(divergences.get(0), "replica"), divergences::toString);
        }
    }
}
