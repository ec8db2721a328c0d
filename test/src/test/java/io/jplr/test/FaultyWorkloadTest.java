package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.FaultyWorkload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The recovery tests' workload, natively, with the properties a faulty replica would get set by hand: each
 * fault happens at its line and only where it is asked for, so that a recovery test that passes recovered
 * from the fault it meant to cause. (The spinning fault never ends, so it is left to the recovery tests.)
 */
class FaultyWorkloadTest extends FaultyWorkloadRuns {
    @BeforeAll
    static void checkTheNativeRun() {
        assertEquals(600, expected.run().out().lines().count());
        assertEquals("progress 200\nprogress 400\nprogress 600\n", expected.run().err());
        assertEquals(6, expected.file().lines().count(), "every 100th line");
    }

    @Test
    void aFaultForAnotherOrdinalChangesNothing() {
        Run run = workload("-Djplr.test.faulty=0", "-Dfault.line.1=100").run();
        assertEquals(expected.run().out(), run.out());
        assertEquals(0, run.exitStatus());
    }

    @Test
    void corruptChangesThatLineOnly() {
        Run run = workload("-Djplr.test.faulty=1", "-Dfault.line.1=100").run();
        assertEquals(0, run.exitStatus());
        List<String> native_ = expected.run().out().lines().toList();
        List<String> corrupted = run.out().lines().toList();
        assertEquals(native_.size(), corrupted.size());
        for (int i = 0; i < native_.size(); i++) {
            if (i == 99) {
                assertNotEquals(native_.get(i), corrupted.get(i), "line 100 is corrupted");
            } else {
                assertEquals(native_.get(i), corrupted.get(i), "only line 100 is corrupted");
            }
        }
    }

    @Test
    void exitEndsBeforeThatLineWithStatus3() {
        Run run = workload("-Djplr.test.faulty=1", "-Dfault.line.1=100", "-Dfault.kind=exit").run();
        assertEquals(3, run.exitStatus());
        assertEquals(99, run.out().lines().count());
    }

    @Test
    void crashIsASegfaultThatLeavesACrashLog() throws IOException {
        Run run = workload("-Djplr.test.faulty=1", "-Dfault.line.1=100", "-Dfault.kind=crash").in(directory).run();
        assertEquals(128 + 6, run.exitStatus(), "the JVM aborts after a fatal error: " + run);
        assertTrue(run.out().contains("SIGSEGV"), run::toString);
        try (Stream<Path> files = Files.list(directory)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("hs_err_pid")),
                    "natively the crash log lands in the working directory: what jPLR must keep out of it");
        }
    }

    @Test
    void throwEndsWithALongStackTraceInsteadOfThatLine() {
        Run run = workload("-Djplr.test.faulty=1", "-Dfault.line.1=600", "-Dfault.kind=throw").run();
        assertEquals(1, run.exitStatus());
        assertEquals(599, run.out().lines().count());
        assertTrue(run.err().lines().filter(line -> line.contains("deepThrow")).count() >= 60, run::toString);
    }

    @Test
    void gatesReadStdinAndChangeNothing() {
        Run run = workload("-Dworkload.gates=200,500").stdin("go\ngo\n".getBytes()).run();
        assertEquals(expected.run().out(), run.out());
        assertEquals(expected.run().err(), run.err());
    }

    private static Launch workload(String... options) {
        Launch launch = Launch.on(Jvm.current());
        for (String option : options) {
            launch.option(option);
        }
        return launch.app(FaultyWorkload.class);
    }
}
