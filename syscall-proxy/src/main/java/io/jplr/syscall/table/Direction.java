package io.jplr.syscall.table;

/** Which way a call crosses the replica/world boundary. */
public enum Direction {
    /** The world answers: the master performs the call once and hands the same result to every replica. */
    INPUT,
    /** The replicas act on the world: the master performs the call once, after the replicas agree. */
    OUTPUT,
    /**
     * The replicas change the world and wait for the result (a file created, renamed, written; a process
     * started): performed once after the replicas agree, its result or failure handed to every replica.
     */
    EFFECT,
    /** The replicas ask the master to do something about the run itself (sleep, exit). */
    CONTROL
}
