package io.jplr.syscall.channel;

/**
 * A fault the master asks a replica to inject into itself (see {@link ChannelDescriptor}'s injection block).
 *
 * @param ticket   the request's number; the replica answers with the same ticket
 * @param model    the fault model's code
 * @param argument the model's parameter (a branch number, a delay in milliseconds...)
 * @param seed     the seed of the replica's random choices for this fault
 */
public record InjectionRequest(long ticket, int model, long argument, long seed) {
}
