package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.skipIfTrue;

import java.util.List;

/**
 * Writes to stdout and stderr: every {@code FileOutputStream} on {@code FileDescriptor.out} or {@code err},
 * which is what {@code System.out}, {@code System.err} and the streams applications open on those
 * descriptors end in. {@code Boundary.write} posts such a write to the master and the native write is
 * skipped; any other file's write runs as before.
 */
final class FileOutputStreamInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.io.FileOutputStream";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                skipIfTrue("write", "([BII)V", "write", "fd"),
                skipIfTrue("write", "([B)V", "write", "fd"),
                skipIfTrue("write", "(I)V", "write", "fd"));
    }
}
