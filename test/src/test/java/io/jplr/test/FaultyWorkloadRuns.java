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
