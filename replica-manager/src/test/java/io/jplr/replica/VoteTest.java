package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import io.jplr.syscall.table.Call;
import org.junit.jupiter.api.Test;

class VoteTest {
    private static final int TMR_RUNNING = 0b111;
    private static final int DMR_RUNNING = 0b11;
    private static final int QUORUM = 2; // a majority of 3, and all of 2

    private static byte[] text(String s) {
        return s.getBytes(UTF_8);
    }

    private final Vote vote = new Vote(1L, 1L);

    @Test
    void twoIdenticalVotesOfThreeDecideAndTheThirdDifferentOneLoses() {
        vote.cast(0, Call.STDOUT_WRITE, text("hello"));
        assertTrue(vote.decide(QUORUM, TMR_RUNNING, 0), "still decidable");
        assertNull(vote.winner(), "one vote is no majority");
        assertEquals(0, vote.losers());

        vote.cast(1, Call.STDOUT_WRITE, text("hello"));
        assertTrue(vote.decide(QUORUM, TMR_RUNNING, 0));
        assertEquals(0b011, vote.winner().voters);
        assertEquals(0, vote.losers(), "nobody disagreed yet");

        vote.cast(2, Call.STDOUT_WRITE, text("hellO"));
        assertTrue(vote.decide(QUORUM, TMR_RUNNING, 0));
        assertEquals(0b100, vote.losers());
    }

    @Test
    void firstVoteDifferingThenTwoAgreeingMakesTheFirstTheLoser() {
        vote.cast(0, Call.STDOUT_WRITE, text("bit flip"));
        vote.cast(1, Call.STDOUT_WRITE, text("correct"));
        assertTrue(vote.decide(QUORUM, TMR_RUNNING, 0), "replica 2 can still break the tie");
        assertNull(vote.winner());

        vote.cast(2, Call.STDOUT_WRITE, text("correct"));
        assertTrue(vote.decide(QUORUM, TMR_RUNNING, 0));
        assertEquals("correct", new String(vote.winner().payload, UTF_8));
        assertEquals(0b110, vote.winner().voters);
        assertEquals(0b001, vote.losers());
        assertEquals("bit flip", new String(vote.firstCandidate().payload, UTF_8),
                "the first candidate stays the one the first replica sent");
    }

    @Test
    void threeDifferentVotesCannotReachAMajority() {
        vote.cast(0, Call.STDOUT_WRITE, text("a"));
        vote.cast(1, Call.STDOUT_WRITE, text("b"));
        assertTrue(vote.decide(QUORUM, TMR_RUNNING, 0));
        vote.cast(2, Call.STDOUT_WRITE, text("c"));
        assertFalse(vote.decide(QUORUM, TMR_RUNNING, 0));
        assertNull(vote.winner());
        assertEquals(0, vote.losers());
    }

    @Test
    void dmrDisagreementCannotBeDecided() {
        vote.cast(0, Call.STDOUT_WRITE, text("a"));
        assertTrue(vote.decide(QUORUM, DMR_RUNNING, 0), "the second replica may still agree");
        vote.cast(1, Call.STDOUT_WRITE, text("b"));
        assertFalse(vote.decide(QUORUM, DMR_RUNNING, 0));
        assertNull(vote.winner());
    }

    @Test
    void dmrAgreementDecides() {
        vote.cast(1, Call.NANO_TIME, new byte[0]);
        vote.cast(0, Call.NANO_TIME, new byte[0]);
        assertTrue(vote.decide(QUORUM, DMR_RUNNING, 0));
        assertEquals(0b11, vote.winner().voters);
        assertEquals(0, vote.losers());
    }

    @Test
    void sameBytesForADifferentCallIsADifferentCandidate() {
        vote.cast(0, Call.STDOUT_WRITE, text("x"));
        vote.cast(1, Call.STDERR_WRITE, text("x"));
        assertFalse(vote.decide(QUORUM, DMR_RUNNING, 0));
    }

    @Test
    void payloadsAreComparedByContent() {
        Candidate first = vote.cast(0, Call.STDOUT_WRITE, new byte[] {1, 2, 3});
        assertSame(first, vote.cast(1, Call.STDOUT_WRITE, new byte[] {1, 2, 3}));
        assertNotSame(first, vote.cast(2, Call.STDOUT_WRITE, new byte[] {1, 2, 3, 0}));
        assertEquals(2, first.count());
    }

    @Test
    void aFaultyReplicasVoteNoLongerCounts() {
        // Replica 1 was found faulty earlier: it left the running set and its vote cannot make a majority.
        int faulty = 0b010;
        int running = TMR_RUNNING & ~faulty;
        vote.cast(0, Call.STDOUT_WRITE, text("x"));
        vote.cast(1, Call.STDOUT_WRITE, text("x"));
        assertTrue(vote.decide(QUORUM, running, faulty), "replica 2 may still agree with replica 0");
        assertNull(vote.winner(), "replica 0 alone is no quorum");

        vote.cast(2, Call.STDOUT_WRITE, text("x"));
        assertTrue(vote.decide(QUORUM, running, faulty));
        assertEquals(0b111, vote.winner().voters);
    }

    @Test
    void undecidableOnceTheOnlyHealthyAgreementIsImpossible() {
        int faulty = 0b010;
        int running = TMR_RUNNING & ~faulty;
        vote.cast(0, Call.STDOUT_WRITE, text("x"));
        vote.cast(1, Call.STDOUT_WRITE, text("x"));
        vote.cast(2, Call.STDOUT_WRITE, text("y"));
        assertFalse(vote.decide(QUORUM, running, faulty));
    }

    @Test
    void aReplicaCannotVoteTwice() {
        vote.cast(0, Call.STDOUT_WRITE, text("x"));
        assertThrows(IllegalStateException.class, () -> vote.cast(0, Call.STDOUT_WRITE, text("x")));
        assertTrue(vote.votedBy(0));
        assertFalse(vote.votedBy(1));
    }

    @Test
    void outputIsCompleteOnlyWhenEveryRunningReplicaVotedAndItWasCommitted() {
        vote.cast(0, Call.STDOUT_WRITE, text("x"));
        vote.cast(1, Call.STDOUT_WRITE, text("x"));
        vote.decide(QUORUM, TMR_RUNNING, 0);
        vote.committed = true;
        assertFalse(vote.complete(TMR_RUNNING), "replica 2 has not voted yet");
        assertTrue(vote.complete(0b011), "replica 2 is no longer running");

        vote.cast(2, Call.STDOUT_WRITE, text("x"));
        vote.committed = false;
        assertFalse(vote.complete(TMR_RUNNING), "not written yet");
        vote.committed = true;
        assertTrue(vote.complete(TMR_RUNNING));
    }

    @Test
    void undecidedVoteIsNeverComplete() {
        vote.cast(0, Call.STDOUT_WRITE, text("a"));
        vote.cast(1, Call.STDOUT_WRITE, text("b"));
        vote.cast(2, Call.STDOUT_WRITE, text("c"));
        vote.decide(QUORUM, TMR_RUNNING, 0);
        vote.committed = true;
        assertFalse(vote.complete(TMR_RUNNING));
    }

    @Test
    void inputIsCompleteOnlyOnceEveryRunningWinnerVoterHasTheAnswer() {
        vote.cast(0, Call.NANO_TIME, new byte[0]);
        vote.cast(1, Call.NANO_TIME, new byte[0]);
        vote.cast(2, Call.NANO_TIME, new byte[0]);
        vote.decide(QUORUM, TMR_RUNNING, 0);
        assertFalse(vote.complete(TMR_RUNNING), "not executed");
        vote.answer = new Answer(Answer.OK, new byte[8]);
        vote.answered = 0b011;
        assertFalse(vote.complete(TMR_RUNNING), "replica 2 still waits for its answer");
        assertTrue(vote.complete(0b011), "unless replica 2 is gone");
        vote.answered = 0b111;
        assertTrue(vote.complete(TMR_RUNNING));
    }

    @Test
    void loserNeedsNoAnswerForTheInputToBeComplete() {
        vote.cast(0, Call.STDIN_READ, new byte[] {1, 0, 0, 0, 0, 0, 0, 0});
        vote.cast(1, Call.STDIN_READ, new byte[] {1, 0, 0, 0, 0, 0, 0, 0});
        vote.cast(2, Call.STDIN_READ, new byte[] {2, 0, 0, 0, 0, 0, 0, 0});
        vote.decide(QUORUM, TMR_RUNNING, 0);
        vote.answer = new Answer(Answer.OK, new byte[1]);
        vote.answered = 0b011;
        assertTrue(vote.complete(TMR_RUNNING));
    }

    @Test
    void exitNeedsNoAnswerToBeComplete() {
        byte[] status = new byte[8];
        vote.cast(0, Call.EXIT, status);
        vote.cast(1, Call.EXIT, status);
        assertFalse(vote.complete(DMR_RUNNING), "no winner before decide");
        vote.decide(QUORUM, DMR_RUNNING, 0);
        assertTrue(vote.complete(DMR_RUNNING));
    }
}
