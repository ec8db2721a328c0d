package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * {@code update(ByteBuffer)} of {@code CRC32}, {@code CRC32C} and {@code Adler32}, which hand a direct
 * buffer's address to native code (or read it with {@code Unsafe}) instead of going through
 * {@code ScopedMemoryAccess}: for a mapped file's stand-in, the bytes are read through the buffer, in chunks,
 * as these classes do for a buffer with no array.
 */
final class ChecksumInstrumentation implements TypeInstrumentation {
    private static final String MAPPED_MEMORY = "io/jplr/bootstrap/MappedMemory";
    private final String typeName;

    ChecksumInstrumentation(String typeName) {
        this.typeName = typeName;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(replaceIf("isMapped", "update", "(Ljava/nio/ByteBuffer;)V", "updateChecksum", true,
                "this:Ljava/util/zip/Checksum;").via(MAPPED_MEMORY).guardingOn(1));
    }
}
