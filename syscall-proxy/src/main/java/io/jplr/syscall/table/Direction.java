package io.jplr.syscall.table;

/** Which way a call crosses the replica/world boundary. */
public enum Direction {
    /** The world answers: the master performs the call once and hands the same result to every replica. */
    INPUT,
    /** The replicas act on the world: the master performs the call once, after the replicas agree. */
    OUTPUT,
    /** The replicas ask the master to do something about the run itself (sleep, exit). */
    CONTROL
}
