package io.jplr.syscall.table;

/** When the master may perform an input or control call relative to the same thread's earlier outputs. */
public enum Ordering {
    /** As soon as the first replica asks: nothing the thread wrote before can change the answer. */
    IMMEDIATE,
    /**
     * Only once every earlier output of the same thread has been committed, so the world sees what the
     * program wrote before it waits (a prompt before a read of stdin).
     */
    AFTER_OUTPUTS,
    /**
     * Only once a quorum of replicas sent the same call with the same arguments, and after the thread's
     * earlier outputs: every change to files, directories, sockets and processes, where a corrupted
     * argument (a wrong path, a wrong handle, a wrong buffer) must never reach the world; and reads that
     * consume what they read (sockets, a child's output), which a wrong handle would take from another.
     */
    AFTER_VOTE
}
