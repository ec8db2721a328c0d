package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * Reads of replicated inputs: stdin ({@code FileDescriptor.in}, under {@code System.in}) and the kernel's
 * random devices, which {@code SecureRandom} and {@code UUID.randomUUID} read. When
 * {@code Boundary.replicates(fd, path)}, the master reads once and every replica receives the same bytes.
 * Every read method {@code FileInputStream} declares is covered (JDK 25 declares more than 17), so none
 * reaches the descriptor underneath.
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
