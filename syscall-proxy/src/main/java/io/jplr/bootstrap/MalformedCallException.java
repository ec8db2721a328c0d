package io.jplr.bootstrap;

/** Arguments or an answer that do not decode: garbage from an untrusted replica, never a call's own failure. */
public final class MalformedCallException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public MalformedCallException(String message) {
        super(message);
    }
}
