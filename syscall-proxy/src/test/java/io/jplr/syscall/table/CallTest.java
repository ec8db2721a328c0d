package io.jplr.syscall.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallTest {
    @Test
    void idsAreUniqueAndPositive() {
        Set<Integer> ids = new HashSet<>();
        for (Call call : Call.values()) {
            assertTrue(call.id() > 0, call + " has id " + call.id());
            assertTrue(ids.add(call.id()), "id " + call.id() + " used twice");
        }
    }

    @Test
    void idsAreTheWireIdentitiesTheyWereReleasedWith() {
        // A replica and a master built from different commits must still agree on what an id means: pin them.
        Map<Call, Integer> released = Map.ofEntries(
                Map.entry(Call.STDOUT_WRITE, 1), Map.entry(Call.STDERR_WRITE, 2), Map.entry(Call.STDIN_READ, 3),
                Map.entry(Call.STDIN_AVAILABLE, 4), Map.entry(Call.STDIN_SKIP, 5),
                Map.entry(Call.CURRENT_TIME_MILLIS, 6), Map.entry(Call.NANO_TIME, 7), Map.entry(Call.WALL_CLOCK, 8),
                Map.entry(Call.RANDOM_DEVICE_READ, 9), Map.entry(Call.PROCESS_ID, 10),
                Map.entry(Call.AVAILABLE_PROCESSORS, 11), Map.entry(Call.FREE_MEMORY, 12),
                Map.entry(Call.TOTAL_MEMORY, 13), Map.entry(Call.MAX_MEMORY, 14), Map.entry(Call.SLEEP, 15),
                Map.entry(Call.EXIT, 16), Map.entry(Call.FILE_OPEN, 17), Map.entry(Call.FILE_CLOSE, 32),
                Map.entry(Call.FILE_CREATE_TEMP, 36), Map.entry(Call.PATH_OPEN, 37), Map.entry(Call.PATH_REAL_PATH, 50),
                Map.entry(Call.PROCESS_START, 51), Map.entry(Call.PROCESS_AVAILABLE, 58),
                Map.entry(Call.SOCKET_CONNECT, 59), Map.entry(Call.SOCKET_URGENT, 69),
                Map.entry(Call.NAME_LOOKUP, 70), Map.entry(Call.CHANNEL_OPEN, 71),
                Map.entry(Call.SELECTOR_CLOSE, 89), Map.entry(Call.MAP_OPEN, 90), Map.entry(Call.MAP_WRITE, 92),
                Map.entry(Call.MAP_IS_LOADED, 96), Map.entry(Call.JVM_ARGUMENTS, 97), Map.entry(Call.JVM_START_TIME, 98),
                Map.entry(Call.JVM_UPTIME, 99), Map.entry(Call.PROCESS_INFO, 100), Map.entry(Call.PROCESS_PARENT, 101),
                Map.entry(Call.WATCH_OPEN, 102), Map.entry(Call.WATCH_CLOSE, 109), Map.entry(Call.INTERRUPT, 110));
        released.forEach((call, id) -> assertEquals(id, call.id(), call.name()));
    }

    @Test
    void byIdRoundTripsEveryCall() {
        for (Call call : Call.values()) {
            assertSame(call, Call.byId(call.id()));
        }
    }

    @Test
    void byIdReturnsNullForIdsNoCallHas() {
        // Ids come from an untrusted replica: anything must map to null, never throw.
        for (int id : new int[] {0, -1, -16, Integer.MIN_VALUE, 111, 112, 1000, Integer.MAX_VALUE}) {
            assertNull(Call.byId(id), "id " + id);
        }
    }

    @Test
    void outputsAreNeverAnswered() {
        int outputs = 0;
        for (Call call : Call.values()) {
            if (call.direction() == Direction.OUTPUT) {
                outputs++;
                assertFalse(call.answered(), call.name());
            }
        }
        assertEquals(3, outputs, "stdout and stderr writes, and writes into mapped files");
    }

    @Test
    void everyCallThatChangesTheWorldIsVotedBeforeItIsPerformedAndAnswered() {
        for (Call call : Call.values()) {
            if (call.direction() == Direction.EFFECT) {
                assertTrue(call.answered(), call.name());
                assertSame(Ordering.AFTER_VOTE, call.ordering(), call.name());
            }
        }
    }

    @Test
    void interruptibleCallsArePerformedAfterTheVoteAndAnInterruptIsNotACallOfItsOwn() {
        Set<Call> interruptible = Set.of(Call.SLEEP, Call.PROCESS_WAIT, Call.WATCH_POLL);
        for (Call call : Call.values()) {
            assertEquals(interruptible.contains(call), call.interruptible(), call.name());
            if (call.interruptible()) {
                assertSame(Ordering.AFTER_VOTE, call.ordering(), call.name());
            }
        }
        assertFalse(Call.INTERRUPT.answered());
        assertSame(Comparison.CALL_ONLY, Call.INTERRUPT.comparison());
    }

    @Test
    void exitIsNotAnsweredButOtherControlAndInputCallsAre() {
        assertFalse(Call.EXIT.answered());
        assertTrue(Call.SLEEP.answered());
        for (Call call : Call.values()) {
            if (call.direction() == Direction.INPUT) {
                assertTrue(call.answered(), call.name());
            }
        }
    }
}
