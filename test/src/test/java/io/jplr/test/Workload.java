package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplr.test.apps.FaultyWorkload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@link FaultyWorkload}'s runs: the native reference, and the checks that a run under jPLR looked like it. */
final class Workload {
    /** What a run left behind: its stdout, stderr and exit status, and the file it appended to. */
    record Outcome(Run run, String file) {
    }

    private Workload() {
    }

    /** The workload run natively, without faults, writing its file in {@code directory}. */
    static Outcome nativeRun(Path directory) {
        Path file = directory.resolve("native.txt");
        Run run = Launch.on(Jvm.current()).app(FaultyWorkload.class, file.toString()).run();
        assertEquals(0, run.exitStatus(), run::toString);
        return new Outcome(run, read(file));
    }

    /** The workload under jPLR in {@code mode}, appending to {@code file}. */
    static Launch under(String mode, Path file, String... options) {
        Launch launch = Launch.under(mode, Jvm.current());
        for (String option : options) {
            launch.option(option);
        }
        return launch.app(FaultyWorkload.class, file.toString());
    }

    /**
     * The run looks like the native one to the user: the same stdout, the same stderr once jPLR's own lines
     * are left out, the same exit status, and the same file, with every line written once.
     */
    static void assertLikeNative(Outcome expected, Run run, Path file) {
        assertEquals(expected.run().exitStatus(), run.exitStatus(), run::toString);
        assertEquals(expected.run().out(), run.out(), "stdout");
        assertEquals(expected.run().err(), run.applicationErr(), "the application's stderr");
        assertEquals(expected.file(), read(file), "the file");
    }

    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "(no file)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
