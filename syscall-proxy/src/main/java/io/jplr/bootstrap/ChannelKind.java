package io.jplr.bootstrap;

/** The kinds of network channel the master opens for a replica, by their wire code. */
public enum ChannelKind {
    SOCKET(1),
    SERVER_SOCKET(2),
    DATAGRAM(3);

    private final int code;

    ChannelKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The kind with this code; anything else is garbage from a replica. */
    public static ChannelKind of(int code) {
        for (ChannelKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new MalformedCallException("channel kind " + code);
    }
}
