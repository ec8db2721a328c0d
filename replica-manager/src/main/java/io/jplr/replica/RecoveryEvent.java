package io.jplr.replica;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A replica started to replace a faulty one or to break a tie, as a JFR event whose duration is the time
 * from its spawn to its rejoining the vote (or to giving up on it): how long the run was short of a replica.
 */
@Name("io.jplr.Recovery")
@Label("jPLR recovery")
@Category({"jPLR"})
@Description("A replica spawned to replace a faulty one or break a tie, from spawn to rejoin")
@StackTrace(false)
public final class RecoveryEvent extends Event {
    @Label("Replica")
    @Description("The slot the new replica took")
    int replica;

    @Label("Ordinal")
    @Description("Which replica of the run, counting replacements")
    int ordinal;

    @Label("PID")
    long pid;

    @Label("Role")
    @Description("replacement or tie-breaker")
    String role;

    @Label("Replayed Calls")
    @Description("Committed calls replayed to the new replica to catch it up")
    long replayedCalls;

    @Label("Rejoined")
    @Description("Whether the new replica caught up and votes again")
    boolean rejoined;

    /** Starts the event's clock: call when the replica has been spawned. */
    static RecoveryEvent spawned(int replica, int ordinal, long pid, String role) {
        RecoveryEvent event = new RecoveryEvent();
        event.replica = replica;
        event.ordinal = ordinal;
        event.pid = pid;
        event.role = role;
        event.begin();
        return event;
    }

    /** Stops the clock and records the event: the replica rejoined, or the master gave up on it. */
    void finish(long replayedCalls, boolean rejoined) {
        end();
        this.replayedCalls = replayedCalls;
        this.rejoined = rejoined;
        commit();
    }
}
