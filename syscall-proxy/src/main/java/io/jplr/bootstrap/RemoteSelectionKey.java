package io.jplr.bootstrap;

import java.nio.channels.CancelledKeyException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectionKey;

/**
 * A registration of a replica's channel with a {@link RemoteSelector}. Its interest set travels with each
 * select; its ready set is what the master's select found, merged the way the JDK's selector merges it.
 */
final class RemoteSelectionKey extends AbstractSelectionKey {
    private final SelectableChannel channel;
    private final RemoteSelector selector;
    private volatile int interestOps;
    private volatile int readyOps;

    RemoteSelectionKey(SelectableChannel channel, RemoteSelector selector) {
        this.channel = channel;
        this.selector = selector;
    }

    @Override
    public SelectableChannel channel() {
        return channel;
    }

    @Override
    public Selector selector() {
        return selector;
    }

    /** The master's handle of the channel. */
    int handle() {
        return ((RemoteChannel) channel).handle();
    }

    private void ensureValid() {
        if (!isValid()) {
            throw new CancelledKeyException();
        }
    }

    @Override
    public int interestOps() {
        ensureValid();
        return interestOps;
    }

    @Override
    public RemoteSelectionKey interestOps(int ops) {
        ensureValid();
        if ((ops & ~channel.validOps()) != 0) {
            throw new IllegalArgumentException();
        }
        interestOps = ops;
        return this;
    }

    /** The interest set as the selector sends it: no check, the selector dropped cancelled keys itself. */
    int currentInterestOps() {
        return interestOps;
    }

    @Override
    public int readyOps() {
        ensureValid();
        return readyOps;
    }

    int currentReadyOps() {
        return readyOps;
    }

    void readyOps(int ops) {
        readyOps = ops;
    }

    /** As the JDK's SelectionKeyImpl prints itself. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("channel=").append(channel).append(", selector=").append(selector);
        if (isValid()) {
            text.append(", interestOps=").append(interestOps).append(", readyOps=").append(readyOps);
        } else {
            text.append(", invalid");
        }
        return text.toString();
    }
}
