package io.jplr.syscall.channel;

/** The other side of a channel wrote something no well-behaved peer writes. The peer is faulty. */
public final class ChannelCorruptedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ChannelCorruptedException(String message) {
        super(message);
    }
}
