package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static final RunObservation NATIVE = RunObservation.ended(bytes("a\nb\nc\n"), bytes("note\n"), 0);

    @Test
    void identicalUndetectedRunIsMasked() {
        assertEquals(Outcome.MASKED, classify(run("a\nb\nc\n", "note\n", 0, 0), ProtectionMode.TMR));
        assertEquals(Outcome.MASKED, classify(run("a\nb\nc\n", "note\n", 0, 0), ProtectionMode.OFF));
    }

    @Test
    void jplrLinesOnStderrDoNotCount() {
        RunObservation run = run("a\nb\nc\n", "jplr: replica 1 diverged\nnote\njplr: replaced\n", 0, 1);
        assertEquals(Outcome.CORRECTED, classify(run, ProtectionMode.TMR));
    }

    @Test
    void identicalDetectedRunIsCorrected() {
        assertEquals(Outcome.CORRECTED, classify(run("a\nb\nc\n", "note\n", 0, 2), ProtectionMode.DMR));
    }

    @Test
    void detectedStopWithACorrectPrefixIsStopped() {
        RunObservation run = run("a\nb\n", "note\njplr: no majority: stopped\n", Classifier.DIVERGENCE_STATUS, 1);
        assertEquals(Outcome.STOPPED, classify(run, ProtectionMode.DMR));
        RunObservation nothingWritten = run("", "jplr: stopped\n", Classifier.DIVERGENCE_STATUS, 1);
        assertEquals(Outcome.STOPPED, classify(nothingWritten, ProtectionMode.TMR));
    }

    @Test
    void stopThatWroteSomethingWrongIsSdc() {
        assertEquals(Outcome.SDC, classify(run("a\nX\n", "note\n", Classifier.DIVERGENCE_STATUS, 1),
                ProtectionMode.DMR));
        assertEquals(Outcome.SDC, classify(run("a\n", "wrong\n", Classifier.DIVERGENCE_STATUS, 1),
                ProtectionMode.DMR));
    }

    @Test
    void status79WithoutDetectionIsSdc() {
        assertEquals(Outcome.SDC, classify(run("a\n", "note\n", Classifier.DIVERGENCE_STATUS, 0), ProtectionMode.TMR));
    }

    @Test
    void wrongOutputIsSdcEvenWhenDetected() {
        assertEquals(Outcome.SDC, classify(run("a\nb\nX\n", "note\n", 0, 0), ProtectionMode.TMR));
        assertEquals(Outcome.SDC, classify(run("a\nb\nX\n", "note\n", 0, 1), ProtectionMode.TMR));
        assertEquals(Outcome.SDC, classify(run("a\nb\nc\n", "note\n", 3, 0), ProtectionMode.TMR));
        assertEquals(Outcome.SDC, classify(run("a\nb\nX\n", "note\n", 0, 0), ProtectionMode.OFF));
    }

    @Test
    void protectedRunsNeverCrash() {
        assertEquals(Outcome.SDC, classify(new RunObservation(bytes("a\n"), bytes(""), 134, false, true, 0),
                ProtectionMode.TMR));
    }

    @Test
    void unprotectedJvmDyingVisiblyIsCrash() {
        assertEquals(Outcome.CRASH, classify(run("a\n", "", 134, 0), ProtectionMode.OFF));
        assertEquals(Outcome.CRASH, classify(new RunObservation(bytes("a\n"), bytes("note\n"), 1, false, true, 0),
                ProtectionMode.OFF));
        assertEquals(Outcome.CRASH, classify(
                run("a\n", "note\nException in thread \"main\" java.lang.ArrayIndexOutOfBoundsException\n", 1, 0),
                ProtectionMode.OFF));
    }

    @Test
    void uncaughtExceptionWithTheNativeStatusIsNotACrash() {
        RunObservation run = run("a\nb\nc\n", "note\nException in thread \"worker\" java.lang.Error\n", 0, 0);
        assertEquals(Outcome.SDC, classify(run, ProtectionMode.OFF));
    }

    @Test
    void timedOutRunIsHangWhateverItWrote() {
        RunObservation killed = new RunObservation(bytes("a\nb\nc\n"), bytes("note\n"), 137, true, false, 1);
        assertEquals(Outcome.HANG, classify(killed, ProtectionMode.TMR));
        assertEquals(Outcome.HANG, classify(killed, ProtectionMode.OFF));
    }

    @Test
    void removesOnlyWholeJplrLines() {
        assertArrayEquals(bytes("x jplr: y\nkeep\n"),
                Classifier.withoutJplrLines(bytes("jplr: a\nx jplr: y\njplr: b\nkeep\njplr: c")));
        assertArrayEquals(bytes("tail"), Classifier.withoutJplrLines(bytes("jplr: a\ntail")));
        assertArrayEquals(bytes(""), Classifier.withoutJplrLines(bytes("")));
    }

    private static Outcome classify(RunObservation run, ProtectionMode mode) {
        return Classifier.classify(NATIVE, run, mode);
    }

    private static RunObservation run(String stdout, String stderr, int status, int divergences) {
        return new RunObservation(bytes(stdout), bytes(stderr), status, false, false, divergences);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
