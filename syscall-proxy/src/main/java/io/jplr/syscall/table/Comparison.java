package io.jplr.syscall.table;

/** How the master compares what the replicas send for one call. */
public enum Comparison {
    /** The call and every argument or output byte must be identical. */
    BYTES,
    /** Only the call itself must match: it carries no arguments. */
    CALL_ONLY
}
