package io.jplr.agent.replica;

import static io.jplr.agent.replica.UnixFileSystemProviderInstrumentation.query;

import java.util.List;

/**
 * The Linux provider's overrides, which add the DOS and user-defined attribute views: the basic and POSIX
 * ones are the master's; the others are refused with a clear error (not replicated yet).
 */
final class LinuxFileSystemProviderInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.nio.fs.LinuxFileSystemProvider";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                query("readAttributes", "(Ljava/nio/file/Path;Ljava/lang/Class;[Ljava/nio/file/LinkOption;)"
                        + "Ljava/nio/file/attribute/BasicFileAttributes;", "remote", 1),
                query("getFileAttributeView", "(Ljava/nio/file/Path;Ljava/lang/Class;[Ljava/nio/file/LinkOption;)"
                        + "Ljava/nio/file/attribute/FileAttributeView;", "remote", 1));
    }
}
