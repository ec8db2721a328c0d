package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;

/** What {@link Boundary} does with a call once it knows it crosses the boundary: the replica's channel. */
public interface BoundaryHandler {
    /** Posts an output; the replica goes on without waiting for the master. */
    void post(Call call, StreamState stream, byte[] bytes, int offset, int length);

    /** Sends an input or control call with one argument and waits for the master's answer. */
    Answer ask(Call call, StreamState stream, long argument);

    /**
     * Sends a call with encoded arguments (the first {@code length} bytes of {@code arguments}) and waits
     * for the master's answer.
     */
    Answer call(Call call, StreamState stream, byte[] arguments, int length);

    /** Tells the master this JVM is ending, with the status {@code Shutdown.halt} got, or -1. */
    void exit(StreamState stream, int status);
}
