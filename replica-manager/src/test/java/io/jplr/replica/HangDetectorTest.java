package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.syscall.table.Call;
import java.util.List;
import org.junit.jupiter.api.Test;

class HangDetectorTest {
    private static final long MS = 1_000_000L;
    private static final long STREAM = 1;

    private final HangDetector detector = new HangDetector(1_000);
    private final StreamLedger ledger = new StreamLedger(STREAM);

    private static Replica replica(int index, Replica.Role role, long startNanos) {
        return new Replica(index, index, role, null, null, null, startNanos, "");
    }

    /** Replica 0 reaches call {@code sequence}, {@code gap} after its previous call, and makes it a quorum's. */
    private Vote leaderReaches(long sequence, long gap) {
        Vote vote = ledger.voteFor(sequence);
        vote.cast(0, Call.STDOUT_WRITE, new byte[] {1});
        vote.gapNanos = gap;
        detector.gap(gap);
        return vote;
    }

    @Test
    void aReplicaWhoseHeartbeatStopsIsHungEvenWithNoCallDue() {
        Replica replica = replica(1, Replica.Role.INITIAL, 0);
        assertNull(detector.hung(replica, 1, true, true, List.of(), 100 * MS));
        assertNull(detector.hung(replica, 1, true, true, List.of(), 1_000 * MS), "silent 900 ms: not yet");
        String reason = detector.hung(replica, 1, true, true, List.of(), 1_200 * MS);
        assertNotNull(reason);
        assertTrue(reason.contains("no sign of life"), reason);
    }

    @Test
    void aReplicaThatHasNotReachedACallTheOthersReachedQuicklyIsHungAfterTheTimeout() {
        Replica replica = replica(1, Replica.Role.INITIAL, 0);
        leaderReaches(1, 10 * MS);
        for (long t = 100; t <= 1_000; t += 100) {
            assertNull(detector.hung(replica, t, true, true, List.of(ledger), t * MS), "at " + t + " ms");
        }
        String reason = detector.hung(replica, 1_100, true, true, List.of(ledger), 1_100 * MS);
        assertNotNull(reason, "heart beating, but no progress for longer than the timeout");
        assertTrue(reason.contains("has not reached STDOUT_WRITE #1"), reason);
    }

    @Test
    void aCallTheOthersTookLongToReachGivesTheSlowOneTenTimesAsLong() {
        Replica replica = replica(1, Replica.Role.INITIAL, 0);
        leaderReaches(1, 2_000 * MS);
        assertNull(detector.hung(replica, 19_000, true, true, List.of(ledger), 19_000 * MS), "19 s of 20");
        assertNotNull(detector.hung(replica, 21_000, true, true, List.of(ledger), 21_000 * MS));
    }

    @Test
    void aReplicaThatKeepsMakingCallsIsNotHungHoweverFarBehind() {
        Replica replica = replica(1, Replica.Role.INITIAL, 0);
        for (long sequence = 1; sequence <= 50; sequence++) {
            leaderReaches(sequence, MS);
        }
        for (long t = 1; t <= 40; t++) {
            replica.advance(STREAM, t, t * 500 * MS);
            assertNull(detector.hung(replica, t, true, true, List.of(ledger), t * 500 * MS + 400 * MS));
        }
    }

    @Test
    void aReplacementCatchingUpIsHeldToTheLongestGapOfTheRun() {
        leaderReaches(1, 3_000 * MS);
        Replica replacement = replica(2, Replica.Role.REPLACEMENT, 5_000 * MS);
        assertNull(detector.hung(replacement, 1, true, true, List.of(), 30_000 * MS), "25 s of 30");
        assertNotNull(detector.hung(replacement, 2, true, true, List.of(), 36_000 * MS));
    }

    @Test
    void aJvmStillStartingIsNotTakenForHungUntilTheOthersAreFarAhead() {
        // Its CPU time, the heartbeat before setup, goes up all along.
        Replica replacement = replica(2, Replica.Role.REPLACEMENT, 0);
        assertNull(detector.hung(replacement, 100, false, true, List.of(), 30_000 * MS), "no heartbeat before setup");
        assertNotNull(detector.hung(replacement, 200, false, true, List.of(), 61_000 * MS));

        Replica initial = replica(1, Replica.Role.INITIAL, 0);
        leaderReaches(1, 600 * MS);
        assertNull(detector.hung(initial, 10, false, true, List.of(ledger), 5_900 * MS), "ten times the others' start");
        assertNotNull(detector.hung(initial, 11, false, true, List.of(ledger), 6_100 * MS));
    }

    @Test
    void aJvmThatUsesNoCpuWhileStartingIsHungAfterTheTimeout() {
        Replica replica = replica(0, Replica.Role.INITIAL, 0);
        assertNull(detector.hung(replica, 40, false, true, List.of(), 100 * MS));
        assertNull(detector.hung(replica, 55, false, true, List.of(), 900 * MS), "using CPU");
        assertNull(detector.hung(replica, 55, false, true, List.of(), 1_800 * MS), "0.9 s without, the timeout is 1 s");
        String reason = detector.hung(replica, 55, false, true, List.of(), 2_000 * MS);
        assertNotNull(reason, "stopped (SIGSTOP) before its agent's setup");
        assertTrue(reason.contains("used no CPU for 1.1 s while starting"), reason);

        Replica unknown = replica(1, Replica.Role.INITIAL, 0);
        assertNull(detector.hung(unknown, ProcessCpuTime.UNKNOWN, false, true, List.of(), 100 * MS));
        assertNull(detector.hung(unknown, ProcessCpuTime.UNKNOWN, false, true, List.of(), 30_000 * MS),
                "no CPU time to read: the start limit alone");
    }

    @Test
    void aThreadNotStartedYetWaitsWhileTheReplicaIsBehindInAThreadItHasStarted() {
        Replica replica = replica(1, Replica.Role.INITIAL, 0);
        replica.advance(STREAM, 1, 100 * MS);
        leaderReaches(1, 100 * MS);
        leaderReaches(2, 5_000 * MS); // the main thread's last output, after 5 s of computing
        StreamLedger destroyJavaVm = new StreamLedger(2);
        Vote exit = destroyJavaVm.voteFor(1);
        exit.cast(0, Call.EXIT, new byte[8]);
        exit.gapNanos = MS; // the exit, an instant after that output
        List<StreamLedger> ledgers = List.of(ledger, destroyJavaVm);

        assertNull(detector.hung(replica, 30, true, true, ledgers, 8_000 * MS),
                "still computing towards its last output, which the others took 5 s to reach");
        replica.advance(STREAM, 2, 9_000 * MS);
        assertNull(detector.hung(replica, 31, true, true, ledgers, 9_500 * MS));
        String reason = detector.hung(replica, 32, true, true, ledgers, 10_100 * MS);
        assertNotNull(reason, "past its last output, the exit is due within the timeout");
        assertTrue(reason.contains("has not reached EXIT #1"), reason);
    }

    @Test
    void aReplicaThatStartedNoThreadIsJudgedAtTheThreadTheOthersStartedFirst() {
        // Starved: it has made no call of the program's when the others have finished it, main and exit.
        Replica replica = replica(2, Replica.Role.INITIAL, 0);
        Vote first = leaderReaches(1, 1_500 * MS); // main's first call, 1.5 s after the others' start
        first.reachedNanos = 1_500 * MS;
        StreamLedger destroyJavaVm = new StreamLedger(2);
        Vote exit = destroyJavaVm.voteFor(1);
        exit.cast(0, Call.EXIT, new byte[8]);
        exit.gapNanos = MS; // the exit, an instant after main's last output
        exit.reachedNanos = 4_000 * MS;
        List<StreamLedger> ledgers = List.of(destroyJavaVm, ledger);

        assertNull(detector.hung(replica, 30, true, true, ledgers, 6_000 * MS),
                "not at the exit, which the others reached an instant after their last output");
        assertNull(detector.hung(replica, 31, true, true, ledgers, 14_900 * MS));
        String reason = detector.hung(replica, 32, true, true, ledgers, 15_100 * MS);
        assertNotNull(reason, "ten times what the others took to reach main's first call");
        assertTrue(reason.contains("has not reached STDOUT_WRITE #1"), reason);
    }

    @Test
    void aCallOnlyOneReplicaReachedProvesNothing() {
        Replica replica = replica(1, Replica.Role.INITIAL, 0);
        Vote vote = ledger.voteFor(1);
        vote.cast(0, Call.EXIT, new byte[8]); // a faulty replica that exits at once; no quorum yet
        assertNull(detector.hung(replica, 7, true, true, List.of(ledger), 60_000 * MS));
    }

    @Test
    void aReplicaTheMasterDoesNotReadIsJudgedByItsHeartbeatAlone() {
        Replica replica = replica(1, Replica.Role.INITIAL, 0);
        leaderReaches(1, 10 * MS);
        assertNull(detector.hung(replica, 1, true, false, List.of(ledger), 500 * MS));
        assertNull(detector.hung(replica, 2, true, false, List.of(ledger), 9_000 * MS), "beating, not read");
        assertNotNull(detector.hung(replica, 2, true, false, List.of(ledger), 10_100 * MS), "silent");
    }
}
