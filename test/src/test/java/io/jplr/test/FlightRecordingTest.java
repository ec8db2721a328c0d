package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flight recording of the master shows jPLR's faults next to the JVM's own events: one
 * {@code io.jplr.Divergence} and one {@code io.jplr.Recovery} per recovered fault. The recording option is the
 * master's alone (no replica writes the same file).
 */
class FlightRecordingTest {
    @TempDir
    Path directory;

    @Test
    void aRecoveredFaultIsInTheMastersRecording() throws Exception {
        Workload.Outcome expected = Workload.nativeRun(directory);
        Path recording = directory.resolve("run.jfr");
        // jfr+startup=off: JFR would announce the recording on stdout, natively as well.
        Run run = Workload.under("TMR", directory.resolve("out.txt"), "-Xlog:jfr+startup=off",
                "-XX:StartFlightRecording=filename=" + recording + ",settings=default",
                "-Djplr.test.faultyReplica=1", "-Dfault.line.1=100").run();
        Workload.assertLikeNative(expected, run, directory.resolve("out.txt"));

        List<RecordedEvent> events = RecordingFile.readAllEvents(recording);
        List<RecordedEvent> divergences = named(events, "io.jplr.Divergence");
        assertEquals(1, divergences.size(), divergences::toString);
        assertEquals(1, ((Number) divergences.get(0).getValue("replica")).intValue(), divergences::toString);
        assertEquals(1, named(events, "io.jplr.Recovery").size(), events.size() + " events");
    }

    private static List<RecordedEvent> named(List<RecordedEvent> events, String name) {
        return events.stream().filter(e -> e.getEventType().getName().equals(name)).collect(Collectors.toList());
    }
}
