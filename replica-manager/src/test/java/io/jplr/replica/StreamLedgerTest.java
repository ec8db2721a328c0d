package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.StreamState;
import io.jplr.syscall.table.Call;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamLedgerTest {
    /** One replica running: a vote is complete once that replica's output was committed. */
    private static final int LIVE = 0b1;

    private final StreamLedger ledger = new StreamLedger(StreamState.MAIN_STREAM);

    private static void complete(Vote vote) {
        vote.cast(0, Call.STDOUT_WRITE, new byte[] {(byte) vote.sequence});
        assertTrue(vote.decide(1, LIVE, 0));
        vote.committed = true;
    }

    @Test
    void opensSequencesDenselyFromOne() {
        Vote first = ledger.voteFor(1);
        assertEquals(1, first.sequence);
        assertEquals(ledger.stream, first.stream);
        Vote second = ledger.voteFor(2);
        assertEquals(2, second.sequence);
        assertNotSame(first, second);
        assertEquals(List.of(first, second), ledger.open());
    }

    @Test
    void sameSequenceGivesTheSameVote() {
        Vote first = ledger.voteFor(1);
        ledger.voteFor(2);
        assertSame(first, ledger.voteFor(1));
        assertEquals(2, ledger.open().size());
    }

    @Test
    void rejectsGaps() {
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(2));
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(0));
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(-1));
        ledger.voteFor(1);
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(3));
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(Long.MAX_VALUE));
        assertEquals(1, ledger.open().size(), "a rejected sequence opens nothing");
    }

    @Test
    void retiresCompletedVotesOnlyFromTheFront() {
        Vote first = ledger.voteFor(1);
        Vote second = ledger.voteFor(2);
        complete(second);
        ledger.retire(LIVE, retired -> { });
        assertEquals(List.of(first, second), ledger.open(), "call 1 is still open, so call 2 stays too");

        complete(first);
        ledger.retire(LIVE, retired -> { });
        assertTrue(ledger.isEmpty());
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(1), "retired");
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(2), "retired");
        assertEquals(3, ledger.voteFor(3).sequence);
        assertFalse(ledger.isEmpty());
    }

    @Test
    void keepsWorkingAfterCompactingOneAtATime() {
        for (long sequence = 1; sequence <= 3000; sequence++) {
            Vote vote = ledger.voteFor(sequence);
            assertEquals(sequence, vote.sequence);
            complete(vote);
            ledger.retire(LIVE, retired -> { });
            assertTrue(ledger.isEmpty());
            final long retired = sequence;
            assertThrows(IllegalStateException.class, () -> ledger.voteFor(retired));
            assertThrows(IllegalStateException.class, () -> ledger.voteFor(retired + 2));
        }
    }

    @Test
    void keepsOpenVotesAcrossCompaction() {
        List<Vote> votes = new ArrayList<>();
        for (long sequence = 1; sequence <= 2000; sequence++) {
            votes.add(ledger.voteFor(sequence));
        }
        for (int k = 0; k < 1500; k++) {
            complete(votes.get(k));
        }
        // 1500 retired out of 2000: more than 1024 and more than half, so the list is compacted.
        ledger.retire(LIVE, retired -> { });

        assertEquals(500, ledger.open().size());
        assertEquals(1501, ledger.open().get(0).sequence);
        for (int k = 1500; k < 2000; k++) {
            assertSame(votes.get(k), ledger.voteFor(k + 1), "call " + (k + 1) + " keeps its vote");
        }
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(1500));
        assertThrows(IllegalStateException.class, () -> ledger.voteFor(2002));
        Vote next = ledger.voteFor(2001);
        assertEquals(2001, next.sequence);

        for (int k = 1500; k < 2000; k++) {
            complete(votes.get(k));
        }
        complete(next);
        ledger.retire(LIVE, retired -> { });
        assertTrue(ledger.isEmpty());
        assertEquals(2002, ledger.voteFor(2002).sequence);
    }
}
