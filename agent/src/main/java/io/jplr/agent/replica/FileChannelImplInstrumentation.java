package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * {@code FileChannelImpl.open}, where {@code getChannel()} of a FileInputStream, FileOutputStream or
 * RandomAccessFile makes its channel: on a descriptor the master holds, the channel is the master's
 * ({@code RemoteFileChannel}); the stream keeps, returns and closes it as it would its own. The factory's
 * parameters differ between JDK 17 and 25.
 */
final class FileChannelImplInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.nio.ch.FileChannelImpl";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                replaceIf("isVirtual", "open", "(Ljava/io/FileDescriptor;Ljava/lang/String;ZZZLjava/lang/Object;)"
                        + "Ljava/nio/channels/FileChannel;", "openChannel", false).via(Boundaries.FILE).guardingOn(1),
                replaceIf("isVirtual", "open", "(Ljava/io/FileDescriptor;Ljava/lang/String;ZZZZLjava/io/Closeable;)"
                        + "Ljava/nio/channels/FileChannel;", "openChannel", false).via(Boundaries.FILE).guardingOn(1));
    }
}
