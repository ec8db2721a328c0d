package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplr.syscall.table.Call;
import org.junit.jupiter.api.Test;

/** The exit status is voted from the exit values of the replicas that agreed on the exit call. */
class ExitDecisionTest {
    private static final long SECOND = 1_000_000_000L;
    private static final byte[] NORMAL_END = {-1, -1, -1, -1, -1, -1, -1, -1};

    private final Replica[] replicas = {replica(0), replica(1), replica(2)};

    @Test
    void pendingUntilAnExitIsAgreed() {
        ExitDecision decision = new ExitDecision(2, 0);
        assertEquals(ExitDecision.PENDING, decision.decide(replicas, 0, 0, SECOND));
    }

    @Test
    void pendingWhileAVoterOfTheExitStillRuns() {
        ExitDecision decision = agreedBy(0b011);
        assertEquals(ExitDecision.PENDING, decision.decide(replicas, 0, 0b001, SECOND));
    }

    @Test
    void aQuorumOfEqualExitValuesIsTheStatusOnceNoReplicaRuns() {
        ExitDecision decision = agreedBy(0b011);
        replicas[0].exitValue = 3;
        replicas[1].exitValue = 3;
        assertEquals(3, decision.decide(replicas, 0, 0, SECOND));
    }

    @Test
    void aStragglerIsWaitedForUntilTheGracePeriodEnds() {
        ExitDecision decision = agreedBy(0b011);
        replicas[0].exitValue = 0;
        replicas[1].exitValue = 0;
        int stragglerRuns = 0b100;
        // The run took 2 s so far: grace is 1 s + 2 s.
        assertEquals(ExitDecision.PENDING, decision.decide(replicas, 0, stragglerRuns, 2 * SECOND));
        assertEquals(ExitDecision.PENDING, decision.decide(replicas, 0, stragglerRuns, 4 * SECOND));
        assertEquals(0, decision.decide(replicas, 0, stragglerRuns, 5 * SECOND + 1));
    }

    @Test
    void differentExitValuesHaveNoMajority() {
        ExitDecision decision = agreedBy(0b011);
        replicas[0].exitValue = 0;
        replicas[1].exitValue = 1;
        assertEquals(ExitDecision.NO_MAJORITY, decision.decide(replicas, 0, 0, SECOND));
        assertEquals("[0, 1]", decision.exitValues());
    }

    @Test
    void aFaultyVoterDoesNotCount() {
        ExitDecision decision = agreedBy(0b111);
        replicas[0].exitValue = 0;
        replicas[1].exitValue = 0;
        replicas[2].exitValue = 9;
        assertEquals(0, decision.decide(replicas, 0b100, 0, SECOND));
    }

    @Test
    void aVoterFoundFaultyAfterItsExitLeavesTheDecisionToTheReplicaStillRunning() {
        ExitDecision decision = agreedBy(0b011);
        replicas[0].exitValue = 0;
        int replicaOneFaulty = 0b010;
        int replicaTwoRuns = 0b100;
        assertEquals(ExitDecision.PENDING, decision.decide(replicas, replicaOneFaulty, replicaTwoRuns, SECOND),
                "replica 2 can still make a majority with replica 0");
        assertEquals(ExitDecision.NO_MAJORITY, decision.decide(replicas, replicaOneFaulty, 0, SECOND),
                "nobody left to make one");
    }

    @Test
    void aTieBreakerStillReplayingMayCompleteTheMajority() {
        // DMR: both agreed on the exit, then replica 0 lost a tie-break; the tie-breaker (2) is replaying.
        ExitDecision decision = agreedBy(0b011);
        replicas[1].exitValue = 0;
        int replicaZeroFaulty = 0b001;
        int tieBreakerReplays = 0b100;
        assertEquals(ExitDecision.PENDING, decision.decide(replicas, replicaZeroFaulty, 0, tieBreakerReplays, SECOND),
                "the tie-breaker will reach the exit");
        assertEquals(ExitDecision.NO_MAJORITY, decision.decide(replicas, replicaZeroFaulty, 0, 0, SECOND),
                "without it nobody is left to make one");
    }

    @Test
    void aReplicaThatReplayedTheExitFromTheLogVotesWithItsExitValue() {
        // The exit call was retired into the replay log before the tie-breaker reached it: it matched the log.
        ExitDecision decision = agreedBy(0b011);
        replicas[1].exitValue = 4;
        replicas[2].exitValue = 4;
        replicas[2].state = Replica.State.EXITED;
        assertEquals(4, decision.decide(replicas, 0b001, 0, 0, SECOND));
    }

    @Test
    void aReplicaStillReplayingIsNotWaitedForOnceAQuorumEnded() {
        ExitDecision decision = agreedBy(0b011);
        replicas[0].exitValue = 0;
        replicas[1].exitValue = 0;
        assertEquals(0, decision.decide(replicas, 0, 0, 0b100, SECOND));
    }

    private ExitDecision agreedBy(int voters) {
        Vote vote = new Vote(1, 1);
        for (int i = 0; i < 3; i++) {
            if ((voters & (1 << i)) != 0) {
                vote.cast(i, Call.EXIT, NORMAL_END);
            }
        }
        vote.decide(2, 0, 0);
        ExitDecision decision = new ExitDecision(2, 0);
        decision.exitAgreed(vote);
        return decision;
    }

    private static Replica replica(int index) {
        return new Replica(index, index, Replica.Role.INITIAL, null, null, null, 0, "");
    }
}
