package io.jplr.replica;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** jPLR's own one-line messages to the person running the program, on the master's stderr. */
public final class OperatorMessages {
    private static final FileOutputStream STDERR = new FileOutputStream(FileDescriptor.err);

    private OperatorMessages() {
    }

    public static void say(String message) {
        try {
            STDERR.write(("jplr: " + message + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        } catch (IOException closed) {
            // Nowhere left to say it.
        }
    }
}
