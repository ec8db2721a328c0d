package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.skipIfTrue;

import java.util.List;

/**
 * {@code FileDescriptor.close()}, where every java.io stream and RandomAccessFile ends its file: a
 * descriptor the master holds is closed there, by handle; the native close never sees its virtual number.
 */
final class FileDescriptorInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.io.FileDescriptor";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(skipIfTrue("close", "()V", "close", "this").via(Boundaries.FILE));
    }
}
