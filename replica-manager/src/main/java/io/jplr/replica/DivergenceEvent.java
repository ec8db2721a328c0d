package io.jplr.replica;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * A replica diverged from the majority, as a JFR event so that a recording of the master lines it up with
 * GC, CPU and I/O of the same moment. No stack trace: the master's voting loop says nothing about the
 * replica. The master sets the fields and commits.
 */
@Name("io.jplr.Divergence")
@Label("jPLR divergence")
@Category({"jPLR"})
@Description("A replica's call, exit or behaviour did not match the majority")
@StackTrace(false)
public final class DivergenceEvent extends Event {
    @Label("Replica")
    @Description("The replica's slot")
    int replica;

    @Label("Ordinal")
    @Description("Which replica of the run, counting replacements")
    int ordinal;

    @Label("PID")
    long pid;

    @Label("Kind")
    @Description("output, arguments, exit, crash, hang or garbage")
    String kind;

    @Label("Call")
    @Description("The call the replica diverged on")
    String call;

    @Label("Sequence")
    @Description("The call's sequence number in its stream")
    long sequence;

    @Label("Stream")
    @Description("The stream (thread) of the call")
    String stream;

    @Label("Agreed")
    @Description("What the majority agreed on, abbreviated")
    String agreed;

    @Label("CPUs")
    @Description("The CPUs the replica ran on")
    String cpus;

    @Label("Action")
    @Description("What the master did about it")
    String action;
}
