package io.jplr.replica;

import io.jplr.bootstrap.Answer;
import io.jplr.syscall.channel.Channel;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/** One replica JVM as the master sees it. */
final class Replica {
    enum State { RUNNING, EXITED, FAULTY }

    final int index;
    final Process process;
    final Channel channel;
    final Path log;
    State state = State.RUNNING;

    /** Set by the process reaper when the JVM has ended; the loop then drains its channel and settles it. */
    volatile boolean ended;
    /** The replica announced its exit through the channel before its JVM ended. */
    boolean announcedExit;
    int exitValue;
    long calls;

    /** Answers the response ring had no room for yet, oldest first. */
    final ArrayDeque<PendingAnswer> unsent = new ArrayDeque<>();

    private final Map<Long, long[]> lastSequence = new HashMap<>();

    Replica(int index, Process process, Channel channel, Path log) {
        this.index = index;
        this.process = process;
        this.channel = channel;
        this.log = log;
    }

    boolean running() {
        return state == State.RUNNING;
    }

    int bit() {
        return 1 << index;
    }

    /** Whether {@code sequence} is the next call of {@code stream} for this replica; records it if so. */
    boolean advance(long stream, long sequence) {
        long[] last = lastSequence.computeIfAbsent(stream, s -> new long[1]);
        if (sequence != last[0] + 1) {
            return false;
        }
        last[0] = sequence;
        return true;
    }

    record PendingAnswer(long stream, long sequence, Answer answer) {
    }
}
