package io.jplr.bootstrap;

/** The master's file key (device and inode), compared as the JDK compares its own: by value. */
final class RemoteFileKey {
    private final String key;

    RemoteFileKey(String key) {
        this.key = key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RemoteFileKey && ((RemoteFileKey) other).key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
