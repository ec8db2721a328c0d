package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * {@code FileChannel.map(MapMode, long, long, Arena)} (JDK 22+), whose default body, which only a channel
 * that does not override it runs (jPLR's own for files the master holds), throws a bare
 * {@code UnsupportedOperationException}: the guard refuses it first, for jPLR's channels, with a message
 * that says what to do instead. The replacement it guards is never reached.
 */
final class FileChannelInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.nio.channels.FileChannel";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(replaceIf("refuseSegmentMapping", "map",
                "(Ljava/nio/channels/FileChannel$MapMode;JJLjava/lang/foreign/Arena;)Ljava/lang/foreign/MemorySegment;",
                "neverCalled", false, "this:Ljava/nio/channels/FileChannel;").via("io/jplr/bootstrap/MappedMemory"));
    }
}
