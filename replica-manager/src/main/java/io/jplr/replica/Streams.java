package io.jplr.replica;

import io.jplr.bootstrap.StreamState;

/** How the master names a call stream in messages. */
final class Streams {
    private Streams() {
    }

    static String name(long stream) {
        return stream == StreamState.MAIN_STREAM ? "the main thread" : "thread stream " + Long.toHexString(stream);
    }
}
