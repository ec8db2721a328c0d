package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * The default file system provider ({@code sun.nio.fs.UnixFileSystemProvider}), where every
 * {@code java.nio.file.Files} operation, {@code FileChannel.open} and directory stream begins. Each method
 * on a path of the world is performed by the master with the same provider ({@code PathBoundary}). JDK 17 and
 * 25 differ in the fast paths they declare (exists, isDirectory... in 17; exists(path, options),
 * readAttributesIfExists, isReadable... from 20): each is covered where it exists.
 */
final class UnixFileSystemProviderInstrumentation implements TypeInstrumentation {
    private static final String PATH = "Ljava/nio/file/Path;";
    private static final String LINKS = "[Ljava/nio/file/LinkOption;";
    private static final String ATTRIBUTES = "[Ljava/nio/file/attribute/FileAttribute;";

    @Override
    public String typeName() {
        return "sun.nio.fs.UnixFileSystemProvider";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                query("newByteChannel", "(" + PATH + "Ljava/util/Set;" + ATTRIBUTES
                        + ")Ljava/nio/channels/SeekableByteChannel;", "remoteOpen", 2),
                query("newFileChannel", "(" + PATH + "Ljava/util/Set;" + ATTRIBUTES
                        + ")Ljava/nio/channels/FileChannel;", "remoteOpen", 2),
                query("newAsynchronousFileChannel", "(" + PATH + "Ljava/util/Set;Ljava/util/concurrent/ExecutorService;"
                        + ATTRIBUTES + ")Ljava/nio/channels/AsynchronousFileChannel;", "remote", 1),
                query("newDirectoryStream", "(" + PATH + "Ljava/nio/file/DirectoryStream$Filter;)"
                        + "Ljava/nio/file/DirectoryStream;", "remote", 1),
                query("readAttributes", "(" + PATH + "Ljava/lang/Class;" + LINKS
                        + ")Ljava/nio/file/attribute/BasicFileAttributes;", "remote", 1),
                query("readAttributesIfExists", "(" + PATH + "Ljava/lang/Class;" + LINKS
                        + ")Ljava/nio/file/attribute/BasicFileAttributes;", "remote", 1).optional(),
                query("getFileAttributeView", "(" + PATH + "Ljava/lang/Class;" + LINKS
                        + ")Ljava/nio/file/attribute/FileAttributeView;", "remote", 1),
                query("checkAccess", "(" + PATH + "[Ljava/nio/file/AccessMode;)V", "remote", 1),
                query("isSameFile", "(" + PATH + PATH + ")Z", "remote", 2),
                query("getFileStore", "(" + PATH + ")Ljava/nio/file/FileStore;", "remote", 1),
                query("readSymbolicLink", "(" + PATH + ")" + PATH, "remote", 1),
                query("exists", "(" + PATH + ")Z", "remote", 1).optional(),
                query("isDirectory", "(" + PATH + ")Z", "remote", 1).optional(),
                query("isRegularFile", "(" + PATH + ")Z", "remote", 1).optional(),
                query("exists", "(" + PATH + LINKS + ")Z", "remote", 1).optional(),
                query("isReadable", "(" + PATH + ")Z", "remote", 1).optional(),
                query("isWritable", "(" + PATH + ")Z", "remote", 1).optional(),
                query("isExecutable", "(" + PATH + ")Z", "remote", 1).optional(),
                change("implDelete", "(" + PATH + "Z)Z"),
                change("copy", "(" + PATH + PATH + "[Ljava/nio/file/CopyOption;)V"),
                change("move", "(" + PATH + PATH + "[Ljava/nio/file/CopyOption;)V"),
                change("createDirectory", "(" + PATH + ATTRIBUTES + ")V"),
                change("createSymbolicLink", "(" + PATH + PATH + ATTRIBUTES + ")V"),
                change("createLink", "(" + PATH + PATH + ")V"));
    }

    static Interception query(String method, String descriptor, String guard, int guardArguments) {
        return replaceIf(guard, method, descriptor, method, true).via(Boundaries.PATH).guardingOn(guardArguments);
    }

    /** Changes to the world always go to the master, wherever the path points. */
    static Interception change(String method, String descriptor) {
        return replaceIf("active", method, descriptor, method, true).via(Boundaries.PATH);
    }
}
