package io.jplr.test;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests that run {@link io.jplr.test.apps.FaultyWorkload} share: its native run (once per test
 * class), and per test a directory holding the file the workload appends to and the run's report.
 */
abstract class FaultyWorkloadRuns {
    @TempDir
    static Path nativeDirectory;
    static Workload.Outcome expected;

    @TempDir
    Path directory;

    @BeforeAll
    static void runNatively() {
        expected = Workload.nativeRun(nativeDirectory);
    }

    /** The workload under jPLR in {@code mode}, appending to {@link #file()}, reporting to {@link #reportFile()}. */
    Launch under(String mode, String... options) {
        return Workload.under(mode, file(), options).option("-Dplr.report=" + reportFile());
    }

    /**
     * The workload under jPLR with fault injection on, held at the gate before line 200 until the test sends a
     * line: the point where the fault injection tests put their fault in.
     */
    Launch injectableAtGate(String mode, String... options) {
        return under(mode, options).option("-Dplr.faultInjection=true").option("-Dworkload.gates=" + GATE);
    }

    /** The line the job is held before by {@link #injectableAtGate}. */
    static final int GATE = 200;

    /** What the job has printed once it waits at the gate. */
    static final String BEFORE_GATE = "\nline " + (GATE - 1) + " ";

    Path file() {
        return directory.resolve("out.txt");
    }

    Path reportFile() {
        return directory.resolve("report.jsonl");
    }

    Report report() {
        return Report.read(reportFile());
    }
}
