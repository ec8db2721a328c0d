package io.jplr.replica;

import io.jplr.bootstrap.Answer;
import io.jplr.syscall.channel.Channel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/** One replica JVM as the master sees it: the replica in one slot, until it ends or is replaced. */
final class Replica {
    /** Streams about whose next call the master keeps what {@link #interruptedAhead} said: as many threads. */
    private static final int MAX_INTERRUPTED_AHEAD = 4096;

    enum State {
        /** Votes on every call. */
        RUNNING,
        /** A replacement re-executing the run: served from the replay log until it reaches the open calls. */
        CATCHING_UP,
        /** Ended through the voted exit. */
        EXITED,
        /** Outvoted, crashed or hung: its votes no longer count and its process is killed. */
        FAULTY
    }

    enum Role { INITIAL, REPLACEMENT, TIE_BREAKER }

    final int index;
    /** The how-many-th replica the run started: slots are reused by replacements, ordinals are not. */
    final int ordinal;
    final Role role;
    final Process process;
    final Channel channel;
    final Path log;
    final long startNanos;
    /** The CPUs the replica may run on, as the kernel says at its start ("" if unknown). */
    final String cpus;
    State state;

    /** Set by the process reaper when the JVM has ended; the loop then drains its channel and settles it. */
    volatile boolean ended;
    /** The replica announced its exit through the channel before its JVM ended. */
    boolean announcedExit;
    int exitValue;
    long calls;
    /** Calls a replacement was served from the replay log. */
    long replayed;
    /** When the replica last sent a call or was answered one it asked, in any stream. */
    long lastProgressNanos;
    long lastHeartbeat = Long.MIN_VALUE;
    long lastHeartbeatNanos;
    /** A debugger may hold this replica still at a breakpoint: it is never taken for hung. */
    boolean debugged;
    boolean debuggerAnnounced;

    /** Answers the response ring had no room for yet, oldest first. */
    final ArrayDeque<PendingAnswer> unsent = new ArrayDeque<>();

    /** Per stream: the last call's sequence number, and when the stream last made progress. */
    private final Map<Long, long[]> streams = new HashMap<>();
    /**
     * Per stream: the sequence number of its next call, which the replica said its thread makes with the interrupt
     * flag set (said ahead of the call, so that the master knows by the time a quorum has made it).
     */
    private final Map<Long, Long> interruptedAhead = new HashMap<>();

    Replica(int index, int ordinal, Role role, Process process, Channel channel, Path log, long startNanos,
            String cpus) {
        this.index = index;
        this.ordinal = ordinal;
        this.role = role;
        this.process = process;
        this.channel = channel;
        this.log = log;
        this.startNanos = startNanos;
        this.cpus = cpus;
        this.state = role == Role.INITIAL ? State.RUNNING : State.CATCHING_UP;
        this.lastProgressNanos = startNanos;
        this.lastHeartbeatNanos = startNanos;
    }

    /** Still voting: running, or catching up as a replacement. */
    boolean running() {
        return state == State.RUNNING || state == State.CATCHING_UP;
    }

    int bit() {
        return 1 << index;
    }

    /**
     * Whether {@code sequence} is the next call of {@code stream} for this replica; records it, made at
     * {@code now}, if so.
     */
    boolean advance(long stream, long sequence, long now) {
        long[] last = streams.computeIfAbsent(stream, s -> new long[2]);
        if (sequence != last[0] + 1) {
            return false;
        }
        last[0] = sequence;
        last[1] = now;
        lastProgressNanos = now;
        return true;
    }

    /** The thread of {@code stream} was handed the answer it waits for. */
    void answered(long stream, long now) {
        long[] last = streams.get(stream);
        if (last != null) {
            last[1] = now;
        }
        lastProgressNanos = now;
    }

    /**
     * The replica says its stream's next call, {@code sequence}, is made by an interrupted thread. A replica says
     * this only of calls it is about to make: beyond a bound (garbage), the rest are not kept, which costs only
     * the certainty that a sleep with the flag set throws (the thread says so again once the call is made).
     */
    void interruptedAhead(long stream, long sequence) {
        if (interruptedAhead.size() < MAX_INTERRUPTED_AHEAD || interruptedAhead.containsKey(stream)) {
            interruptedAhead.put(stream, sequence);
        }
    }

    /** Whether the replica said ahead that its call {@code sequence} of the stream is made interrupted. */
    boolean madeInterrupted(long stream, long sequence) {
        Long said = interruptedAhead.isEmpty() ? null : interruptedAhead.remove(stream);
        return said != null && said == sequence;
    }

    /** The last call of {@code stream} this replica sent (0 before its first). */
    long lastSequence(long stream) {
        long[] last = streams.get(stream);
        return last == null ? 0 : last[0];
    }

    /**
     * When {@code stream} last made progress here (a call, or the answer it waited for); for a stream this
     * replica has not started yet, when the replica as a whole last did.
     */
    long lastProgress(long stream) {
        long[] last = streams.get(stream);
        return last == null ? lastProgressNanos : last[1];
    }

    record PendingAnswer(long stream, long sequence, Answer answer) {
    }
}
