package io.jplr.bootstrap;

import java.net.SocketOption;

/**
 * An option a master's channel supports that code outside the JDK cannot name (the JDK's own
 * {@code sun.nio.ch.ExtendedSocketOption.SO_OOBINLINE}): it stands for it, by name, in a replica's
 * {@code supportedOptions()}, so that the set reads as natively and the option can be set through it.
 */
final class RemoteSocketOption<T> implements SocketOption<T> {
    private final String name;
    private final Class<T> type;

    RemoteSocketOption(String name, Class<T> type) {
        this.name = name;
        this.type = type;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
