package io.jplr.replica;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the operator learns about a run's faults, in one place: the one-line messages on stderr, the
 * JSON Lines report ({@code plr.report}), the flight recorder events, and the counts the MXBean shows. A
 * fault-free run says nothing on stderr.
 */
final class RunJournal {
    private final ReportLog report;
    private final boolean quiet;
    private final SuspectCores suspects;
    private long divergences;
    private long recoveries;
    /**
     * The recovery under way in each slot. Flight recorder event classes are loaded only when a fault
     * happens: loading one costs the master's start some 120 ms.
     */
    private final Map<Integer, RecoveryEvent> recoveryEvents = new java.util.HashMap<>();

    RunJournal(ReportLog report, boolean quiet, SuspectCores suspects) {
        this.report = report;
        this.quiet = quiet;
        this.suspects = suspects;
    }

    long divergences() {
        return divergences;
    }

    long recoveries() {
        return recoveries;
    }

    SuspectCores suspects() {
        return suspects;
    }

    /** A line for the operator that explains why a run ended as it did: said even when quiet. */
    void say(String message) {
        OperatorMessages.say(message);
    }

    /** A replica was found faulty: counted, its CPUs implicated, and said at once (unless quiet). */
    void fault(Fault fault, String message) {
        divergences++;
        suspects.implicate(fault.cpus());
        if (!quiet || fault.action() == Fault.Action.STOP) {
            OperatorMessages.say(message);
        }
    }

    /**
     * The fault's full record, once its replica is dead and its stack known (the stack is taken before the
     * replica is killed, which is why this comes later than {@link #fault}).
     */
    void faultRecorded(Fault fault, List<String> stack, List<String> jvm) {
        Map<String, Object> record = record("divergence");
        record.put("replica", fault.replica());
        record.put("ordinal", fault.ordinal());
        record.put("pid", fault.pid());
        record.put("kind", fault.kind().text);
        record.put("call", fault.call());
        record.put("sequence", fault.sequence());
        record.put("stream", fault.stream());
        record.put("agreed", fault.agreed());
        record.put("diff", fault.diff());
        record.put("stack", stack);
        record.put("cpus", fault.cpus());
        record.put("jvm", jvm);
        record.put("reason", fault.reason());
        record.put("action", fault.action().text);
        report.write(record);
        DivergenceEvent event = new DivergenceEvent();
        if (event.shouldCommit()) {
            event.replica = fault.replica();
            event.ordinal = fault.ordinal();
            event.pid = fault.pid();
            event.kind = fault.kind().text;
            event.call = fault.call();
            event.sequence = fault.sequence();
            event.stream = fault.stream();
            event.agreed = fault.agreed().toString();
            event.cpus = fault.cpus();
            event.action = fault.action().text;
            event.commit();
        }
    }

    /**
     * Replicas disagree and no majority can be formed (DMR with plr.onDivergence=stop, or too many faults):
     * nobody can tell which is faulty, so the record names every side.
     */
    void disputed(Vote vote, Replica[] slots, int diffWindow) {
        divergences++;
        Map<String, Object> record = record("divergence");
        record.put("replica", null);
        record.put("kind", Fault.Kind.of(vote.leadingCandidate().call).text);
        record.put("call", vote.leadingCandidate().call.toString());
        record.put("sequence", vote.sequence);
        record.put("stream", Streams.name(vote.stream));
        List<Object> sides = new java.util.ArrayList<>();
        Candidate first = vote.firstCandidate();
        for (Replica replica : slots) {
            Candidate own = replica == null ? null : vote.candidateOf(replica.index);
            if (own != null) {
                Map<String, Object> side = new LinkedHashMap<>();
                side.put("replica", replica.index);
                side.put("ordinal", replica.ordinal);
                side.put("pid", replica.process.pid());
                side.put("cpus", replica.cpus);
                side.put("diff", own == first || own.call != first.call ? null
                        : HexDiff.of(first.payload, own.payload, diffWindow));
                sides.add(side);
            }
        }
        record.put("disagreeing", sides);
        record.put("action", Fault.Action.STOP.text);
        report.write(record);
    }

    /** A replacement or tie-breaker was started; its flight recorder event ends when it rejoins. */
    void recoveryStarted(Replica replica, long runStartNanos) {
        recoveries++;
        Map<String, Object> record = record("recovery");
        record.put("replica", replica.index);
        record.put("ordinal", replica.ordinal);
        record.put("pid", replica.process.pid());
        record.put("role", role(replica));
        record.put("cpus", replica.cpus);
        record.put("runMillis", (replica.startNanos - runStartNanos) / 1_000_000);
        report.write(record);
        recoveryEvents.put(replica.index,
                RecoveryEvent.spawned(replica.index, replica.ordinal, replica.process.pid(), role(replica)));
    }

    /** A replacement reached the calls the others are on: it votes again. */
    void rejoined(Replica replica, long runStartNanos, long now) {
        Map<String, Object> record = record("rejoin");
        record.put("replica", replica.index);
        record.put("ordinal", replica.ordinal);
        record.put("replayedCalls", replica.replayed);
        record.put("catchUpMillis", (now - replica.startNanos) / 1_000_000);
        record.put("runMillis", (replica.startNanos - runStartNanos) / 1_000_000);
        report.write(record);
        RecoveryEvent event = recoveryEvents.remove(replica.index);
        if (event != null) {
            event.finish(replica.replayed, true);
        }
    }

    /** A replacement did not make it back (it failed again while catching up, or the run ended first). */
    void recoveryFailed(Replica replica) {
        RecoveryEvent event = recoveryEvents.remove(replica.index);
        if (event != null) {
            event.finish(replica.replayed, false);
        }
    }

    void recoveryRefused(int replica, String reason) {
        Map<String, Object> record = record("recovery-refused");
        record.put("replica", replica);
        record.put("reason", reason);
        report.write(record);
    }

    /** Where the replicas run: said once, in the report only (an unpinned run is not an error). */
    void placement(boolean pinned, int[] cpus, String note) {
        Map<String, Object> record = record("placement");
        record.put("pinned", pinned);
        record.put("cpus", java.util.Arrays.stream(cpus).boxed().toList());
        record.put("note", note);
        report.write(record);
    }

    void debugger(Replica replica, String address) {
        OperatorMessages.say("replica " + replica.index + " accepts a debugger on " + address);
        Map<String, Object> record = record("debug");
        record.put("replica", replica.index);
        record.put("ordinal", replica.ordinal);
        record.put("pid", replica.process.pid());
        record.put("address", address);
        report.write(record);
    }

    void end(int exitStatus, int live, long branches) {
        Map<String, Object> record = record("end");
        record.put("exitStatus", exitStatus);
        record.put("divergences", divergences);
        record.put("recoveries", recoveries);
        record.put("live", live);
        if (branches > 0) {
            record.put("branches", branches);
        }
        Map<String, Object> cores = new LinkedHashMap<>();
        suspects.counts().forEach((cpu, count) -> cores.put(Integer.toString(cpu), count));
        record.put("suspectCores", cores);
        report.write(record);
        report.close();
        if (report.failure() != null) {
            OperatorMessages.say("the report could not be written: " + report.failure());
        }
    }

    /**
     * A new record of {@code event}. Without a report, records are built for nothing, but cheaply: the time
     * (java.time's formatting costs a run's start some 20 ms) is written only into a report that exists.
     */
    private Map<String, Object> record(String event) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("time", report.enabled() ? Instant.now().toString() : "");
        record.put("event", event);
        return record;
    }

    private static String role(Replica replica) {
        return replica.role == Replica.Role.TIE_BREAKER ? "tie-breaker" : "replacement";
    }
}
