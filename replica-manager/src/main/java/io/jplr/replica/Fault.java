package io.jplr.replica;

import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.Direction;
import java.util.List;
import java.util.Map;

/**
 * One replica found faulty: what it did, what the others agreed on, and what the master does about it.
 *
 * @param call     the call it diverged at, or null for a crash or a hang
 * @param sequence the call's number in its stream (0 if none)
 * @param agreed   the slots of the replicas that agreed on what this one did not
 * @param diff     where its bytes differ from the majority's (HexDiff), or null
 * @param cpus     the CPUs it could run on
 */
record Fault(int replica, int ordinal, long pid, Kind kind, String call, long sequence, String stream,
        List<Integer> agreed, Map<String, Object> diff, String cpus, String reason, Action action) {

    enum Kind {
        OUTPUT("output"), ARGUMENTS("arguments"), EXIT("exit"), CRASH("crash"), HANG("hang"), GARBAGE("garbage");

        final String text;

        Kind(String text) {
            this.text = text;
        }

        /** What a replica that sent something else at {@code call} got wrong. */
        static Kind of(Call call) {
            if (call == Call.EXIT) {
                return EXIT;
            }
            return call.direction() == Direction.OUTPUT ? OUTPUT : ARGUMENTS;
        }

        /** A wrong answer, as opposed to a dead or stuck JVM: its stack is worth taking before it is killed. */
        boolean divergence() {
            return this == OUTPUT || this == ARGUMENTS || this == EXIT;
        }
    }

    enum Action {
        /** A fresh replica replaces it by replay. */
        REPLACE("replace"),
        /** A tie-breaker decided against it (DMR); the other two go on. */
        TIE_BREAK("tie-break"),
        /** No recovery (refused, or not needed): the others go on. */
        CONTINUE("continue"),
        /** The run ends here. */
        STOP("stop");

        final String text;

        Action(String text) {
            this.text = text;
        }
    }
}
