package io.jplr.bootstrap;

import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;

/** A file's owner as the master read it; equal by name and kind. {@link Group} is a file's group. */
class RemotePrincipal implements UserPrincipal {
    private final String name;

    private RemotePrincipal(String name) {
        this.name = name;
    }

    static UserPrincipal of(String name, boolean group) {
        return group ? new Group(name) : new RemotePrincipal(name);
    }

    @Override
    public final String getName() {
        return name;
    }

    @Override
    public final boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((RemotePrincipal) other).name.equals(name);
    }

    @Override
    public final int hashCode() {
        return name.hashCode() ^ getClass().hashCode();
    }

    @Override
    public final String toString() {
        return name;
    }

    static final class Group extends RemotePrincipal implements GroupPrincipal {
        Group(String name) {
            super(name);
        }
    }
}
