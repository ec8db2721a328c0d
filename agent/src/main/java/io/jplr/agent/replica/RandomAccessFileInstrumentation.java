package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;
import static io.jplr.agent.replica.Interception.skipIfTrue;

import java.util.List;

/**
 * {@code RandomAccessFile} on a file the master opened: reads, writes and seeks go to the master's
 * RandomAccessFile for the same file (its channel: {@link FileChannelImplInstrumentation}). {@code getFilePointer}, {@code length} and
 * {@code setLength} are natives in JDK 17 (no body to rewrite): their call sites are rewritten instead
 * ({@link CallSiteRewriter}).
 */
final class RandomAccessFileInstrumentation implements TypeInstrumentation {
    private static final String GUARD = "isVirtual";

    @Override
    public String typeName() {
        return "java.io.RandomAccessFile";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                skipIfTrue("open", "(Ljava/lang/String;I)V", "openRandomAccess", "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "read", "()I", "read", true, "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "read", "([B)I", "read", true, "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "read", "([BII)I", "read", true, "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "write", "(I)V", "write", true, "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "write", "([B)V", "write", true, "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "write", "([BII)V", "write", true, "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "seek", "(J)V", "seek", true, "fd").via(Boundaries.FILE),
                // Both end in a private native write in JDK 17, which no interception reaches.
                replaceIf(GUARD, "writeBytes", "(Ljava/lang/String;)V", "writeBytes", true, "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "writeChars", "(Ljava/lang/String;)V", "writeChars", true, "fd").via(Boundaries.FILE),
                // JDK 25 reads lines with the private native read0.
                replaceIf(GUARD, "implReadLine", "()Ljava/lang/String;", "readLine", false, "fd").via(Boundaries.FILE));
    }
}
