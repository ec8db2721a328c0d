package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;
import static io.jplr.agent.replica.Interception.skipIfTrue;

import java.util.List;

/**
 * Opens and writes of {@code FileOutputStream}. Writes to stdout and stderr ({@code FileDescriptor.out} and
 * {@code err}, under {@code System.out} and {@code System.err}) are posted to the master, which writes them
 * once the replicas agree; every other file is opened by the master ({@code FileBoundary.openWrite}) and
 * written by it, after the vote, with the result handed back. Native writes run only for the runtime's own
 * descriptors.
 */
final class FileOutputStreamInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.io.FileOutputStream";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                skipIfTrue("open", "(Ljava/lang/String;Z)V", "openWrite", "fd").via(Boundaries.FILE),
                skipIfTrue("write", "([BII)V", "write", "fd"),
                skipIfTrue("write", "([B)V", "write", "fd"),
                skipIfTrue("write", "(I)V", "write", "fd"));
    }
}
