package io.jplr.syscall.channel;

/**
 * How the two sides of a channel wait for each other: spin for a moment (an answer from a busy peer arrives
 * within microseconds), then block until the peer rings the doorbell. On two cores shared by the master and
 * several replicas, a waiter that keeps its core delays the very process it waits for; 2,000 spins was the
 * best of 0 to 50,000 on the clock probe (BENCHMARKS.md).
 */
public final class WaitPolicy {
    /** Empty polls before a waiter blocks on its doorbell. */
    public static final int SPINS = 2000;

    private WaitPolicy() {
    }
}
