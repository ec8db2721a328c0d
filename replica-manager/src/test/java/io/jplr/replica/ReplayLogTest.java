package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.Answer;
import io.jplr.syscall.table.Call;
import org.junit.jupiter.api.Test;

class ReplayLogTest {
    private static final int TMR = 0b111;
    private static final long STREAM = 7;

    /** A vote on call {@code sequence} that replicas 0 and 1 decided with {@code payload}. */
    private static Vote decided(long sequence, Call call, String payload, Answer answer) {
        Vote vote = new Vote(STREAM, sequence);
        vote.cast(0, call, payload.getBytes(UTF_8));
        vote.cast(1, call, payload.getBytes(UTF_8));
        vote.cast(2, call, "corrupted".getBytes(UTF_8));
        assertTrue(vote.decide(2, TMR, 0));
        vote.answer = answer;
        return vote;
    }

    @Test
    void aReplayedCallMatchesOnlyWhatTheMajoritySentAndGetsTheAnswerTheOthersGot() {
        ReplayLog log = new ReplayLog(1 << 20);
        Answer clock = new Answer(Answer.OK, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        log.record(decided(1, Call.STDOUT_WRITE, "hello\n", null));
        log.record(decided(2, Call.NANO_TIME, "", clock));

        ReplayLog.Entry output = log.entry(STREAM, 1);
        assertTrue(output.matches(Call.STDOUT_WRITE, log.digest("hello\n".getBytes(UTF_8))));
        assertFalse(output.matches(Call.STDOUT_WRITE, log.digest("hellO\n".getBytes(UTF_8))), "one flipped bit");
        assertFalse(output.matches(Call.STDERR_WRITE, log.digest("hello\n".getBytes(UTF_8))), "another call");
        assertNull(output.answer(), "an output has no answer to replay");
        assertSame(clock, log.entry(STREAM, 2).answer(), "the very answer every replica was handed");
    }

    @Test
    void callsNotLoggedAreNotInventedAndGapsAreAnError() {
        ReplayLog log = new ReplayLog(1 << 20);
        log.record(decided(1, Call.STDOUT_WRITE, "a", null));
        assertNull(log.entry(STREAM, 2));
        assertNull(log.entry(STREAM, 0));
        assertNull(log.entry(STREAM + 1, 1));
        assertThrows(IllegalStateException.class, () -> log.record(decided(3, Call.STDOUT_WRITE, "c", null)));
    }

    @Test
    void pastItsBoundTheLogHoldsNothingAndRefusesFromThenOn() {
        ReplayLog log = new ReplayLog(1000);
        log.record(decided(1, Call.NANO_TIME, "", new Answer(Answer.OK, new byte[500])));
        assertFalse(log.overflowed());
        log.record(decided(2, Call.NANO_TIME, "", new Answer(Answer.OK, new byte[500])));
        assertTrue(log.overflowed(), "two answers of 500 bytes and their entries are past 1000");
        assertNull(log.entry(STREAM, 1), "an overflowed log serves nothing, not a partial run");
        assertEquals(0, log.bytes());
        log.record(decided(3, Call.NANO_TIME, "", new Answer(Answer.OK, new byte[1])));
        assertNull(log.entry(STREAM, 3));
    }
}
