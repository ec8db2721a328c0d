package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;
import static io.jplr.agent.replica.Interception.skipIfTrue;

import java.util.List;

/**
 * Opens and reads of {@code FileInputStream}. A file outside the runtime and the program is opened by the
 * master ({@code FileBoundary.openRead}); reads of such files, of stdin ({@code FileDescriptor.in}, under
 * {@code System.in}) and of the kernel's random devices ({@code SecureRandom}, {@code UUID.randomUUID}) are
 * performed once by the master, and every replica receives the same bytes. Every read method
 * {@code FileInputStream} declares is covered (JDK 25 declares more than 17), so none reaches the descriptor
 * underneath.
 */
final class FileInputStreamInstrumentation implements TypeInstrumentation {
    private static final String GUARD = "replicates";

    @Override
    public String typeName() {
        return "java.io.FileInputStream";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                skipIfTrue("open", "(Ljava/lang/String;)V", "openRead", "fd").via(Boundaries.FILE),
                replaceIf(GUARD, "read", "()I", "read", true, "fd", "path"),
                replaceIf(GUARD, "read", "([B)I", "read", true, "fd", "path"),
                replaceIf(GUARD, "read", "([BII)I", "read", true, "fd", "path"),
                replaceIf(GUARD, "skip", "(J)J", "skip", true, "fd", "path"),
                replaceIf(GUARD, "available", "()I", "available", true, "fd", "path"),
                replaceIf(GUARD, "readAllBytes", "()[B", "readAllBytes", false, "fd", "path"),
                replaceIf(GUARD, "readNBytes", "(I)[B", "readNBytes", false, "fd", "path"),
                replaceIf(GUARD, "transferTo", "(Ljava/io/OutputStream;)J", "transferTo", false, "fd", "path"));
    }
}
