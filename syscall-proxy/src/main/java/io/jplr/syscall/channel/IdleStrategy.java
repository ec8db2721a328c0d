package io.jplr.syscall.channel;

/** What a thread does while the other side of a channel has nothing for it. */
public interface IdleStrategy {
    /** Called once per empty poll; waits a little longer each time. */
    void idle();

    /** Called after useful work: the next wait starts short again. */
    void reset();
}
