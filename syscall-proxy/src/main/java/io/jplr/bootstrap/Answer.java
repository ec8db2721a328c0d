package io.jplr.bootstrap;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The master's answer to one input or control call, as the replica received it. */
public final class Answer {
    public static final int OK = 0;
    /** An input that has reached its end (stdin closed). */
    public static final int END = 1;
    /** The master's execution failed; the bytes are the message of the IOException to throw. */
    public static final int IO_ERROR = 2;
    /** The master's execution raised an exception; the bytes are its {@link RemoteFailure} encoding. */
    public static final int THROWN = 3;
    /**
     * An interruptible call (a sleep) that the replicas' thread was interrupted in, decided by the master for
     * every replica: the thread throws as the JDK method would. No bytes.
     */
    public static final int INTERRUPTED = 4;

    private final int status;
    private final byte[] bytes;

    public Answer(int status, byte[] bytes) {
        this.status = status;
        this.bytes = bytes;
    }

    public int status() {
        return status;
    }

    public byte[] bytes() {
        return bytes;
    }

    /**
     * The bytes answering a read of at most {@code wanted} bytes, or null at the end of the input. More than
     * was asked for is a malformed answer, never copied.
     */
    public byte[] readBytes(int wanted) throws IOException {
        if (status == END) {
            return null;
        }
        if (bytes.length > wanted) {
            throw new IOException("jPLR: the master answered " + bytes.length + " bytes for a read of " + wanted);
        }
        return bytes;
    }

    /** The k-th long of the answer. */
    public long longAt(int k) {
        return ByteBuffer.wrap(bytes).getLong(k * Long.BYTES);
    }

    public String message() {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
