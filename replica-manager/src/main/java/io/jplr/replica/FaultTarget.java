package io.jplr.replica;

import io.jplr.syscall.channel.Channel;

/**
 * A replica as the fault injector reaches it: its process (for faults injected from outside) and its channel
 * (for faults it injects into itself on request).
 *
 * @param slot    the replica's slot (the index users name)
 * @param ordinal the how-many-th replica of the run it is (replacements take new ordinals)
 */
public record FaultTarget(int slot, int ordinal, Process process, Channel channel) {

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    /** Whether the replica has mapped its channel, so that it can carry out a request. */
    public boolean attached() {
        return channel.attached();
    }
}
