package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jdk.jfr.EventType;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JfrEventsTest {
    @TempDir
    Path dir;

    /** Runs {@code emit} while a recording of the jPLR events is on and returns what it recorded. */
    private List<RecordedEvent> record(String eventName, Runnable emit) throws IOException {
        Path file = dir.resolve("events.jfr");
        try (Recording recording = new Recording()) {
            recording.enable(eventName);
            recording.start();
            emit.run();
            recording.stop();
            recording.dump(file);
        }
        return RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals(eventName)).toList();
    }

    @Test
    void divergenceEventCarriesEveryField() throws IOException {
        List<RecordedEvent> events = record("io.jplr.Divergence", () -> {
            DivergenceEvent event = new DivergenceEvent();
            event.replica = 2;
            event.ordinal = 5;
            event.pid = 4242;
            event.kind = "output";
            event.call = "STDOUT_WRITE";
            event.sequence = 17;
            event.stream = "main";
            event.agreed = "68656c6c6f";
            event.cpus = "3";
            event.action = "replace";
            event.commit();
        });
        assertEquals(1, events.size());
        RecordedEvent e = events.get(0);
        assertEquals(2, e.getInt("replica"));
        assertEquals(5, e.getInt("ordinal"));
        assertEquals(4242L, e.getLong("pid"));
        assertEquals("output", e.getString("kind"));
        assertEquals("STDOUT_WRITE", e.getString("call"));
        assertEquals(17L, e.getLong("sequence"));
        assertEquals("main", e.getString("stream"));
        assertEquals("68656c6c6f", e.getString("agreed"));
        assertEquals("3", e.getString("cpus"));
        assertEquals("replace", e.getString("action"));
        assertNull(e.getStackTrace(), "the master's stack says nothing about the replica");
        EventType type = e.getEventType();
        assertEquals("jPLR divergence", type.getLabel());
        assertEquals(List.of("jPLR"), type.getCategoryNames());
    }

    @Test
    void recoveryEventLastsFromSpawnToRejoin() throws IOException {
        List<RecordedEvent> events = record("io.jplr.Recovery", () -> {
            RecoveryEvent event = RecoveryEvent.spawned(1, 3, 777, "replacement");
            sleep(50);
            event.finish(1234, true);
        });
        assertEquals(1, events.size());
        RecordedEvent e = events.get(0);
        assertEquals(1, e.getInt("replica"));
        assertEquals(3, e.getInt("ordinal"));
        assertEquals(777L, e.getLong("pid"));
        assertEquals("replacement", e.getString("role"));
        assertEquals(1234L, e.getLong("replayedCalls"));
        assertTrue(e.getBoolean("rejoined"));
        Duration duration = e.getDuration();
        assertTrue(duration.toMillis() >= 50 && duration.toMillis() < 10_000, duration.toString());
    }

    @Test
    void aFailedRecoveryIsRecordedAsNotRejoined() throws IOException {
        List<RecordedEvent> events = record("io.jplr.Recovery", () -> {
            RecoveryEvent event = RecoveryEvent.spawned(0, 4, 778, "tie-breaker");
            event.finish(10, false);
        });
        assertEquals(1, events.size());
        assertEquals("tie-breaker", events.get(0).getString("role"));
        assertFalse(events.get(0).getBoolean("rejoined"));
        assertEquals(10L, events.get(0).getLong("replayedCalls"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
