package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.PathOptions;
import java.io.IOException;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserDefinedFileAttributeView;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Entry points for the default file system provider ({@code sun.nio.fs.UnixFileSystemProvider} and the
 * classes around it), which every {@code java.nio.file.Files} method, {@code FileChannel.open} and
 * {@code Path.toRealPath} reach. The master performs each operation with the same provider on the same path
 * and options; results and failures come back unchanged.
 */
public final class PathBoundary {
    private PathBoundary() {
    }

    /** The guard: this path is the world's (not the runtime's or the program's), and the thread may cross. */
    public static boolean remote(Path path) {
        return Boundary.handler() != null && path != null && !LocalPaths.isLocal(path.toString()) && Remote.active();
    }

    /** The guard of two-path operations: either path is the world's. */
    public static boolean remote(Path source, Path target) {
        return Boundary.handler() != null && source != null && target != null
                && (!LocalPaths.isLocal(source.toString()) || !LocalPaths.isLocal(target.toString()))
                && Remote.active();
    }

    /**
     * The guard of opening a channel: the world's files, and any file opened to be changed (only reading
     * the runtime and the program stays local).
     */
    public static boolean remoteOpen(Path path, Set<? extends OpenOption> options) {
        if (Boundary.handler() == null || path == null || !Remote.active()) {
            return false;
        }
        if (!LocalPaths.isLocal(path.toString())) {
            return true;
        }
        for (OpenOption option : options) {
            if (option != StandardOpenOption.READ && option != LinkOption.NOFOLLOW_LINKS) {
                return true;
            }
        }
        return false;
    }

    /** The guard of operations on the file system itself, and of changes (always the master's). */
    public static boolean active() {
        return Remote.active();
    }

    private static WireWriter path(Path path) {
        return new WireWriter().writeString(path.toString());
    }

    // ------------------------------------------------------------------ channels

    public static SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>[] attributes) throws IOException {
        return open(path, options, attributes, false);
    }

    public static FileChannel newFileChannel(Path path, Set<? extends OpenOption> options,
            FileAttribute<?>[] attributes) throws IOException {
        return open(path, options, attributes, true);
    }

    /** The master opens through the same provider method, so a failure has the same trace. */
    private static FileChannel open(Path path, Set<? extends OpenOption> options, FileAttribute<?>[] attributes,
            boolean fileChannel) {
        WireWriter arguments = path(path).writeInt(openOptions(options)).writeInt(initialPermissions(attributes))
                .writeBoolean(fileChannel);
        int handle = Remote.reader(Remote.call(Call.PATH_OPEN, arguments)).readInt();
        return new RemoteFileChannel(handle);
    }

    public static AsynchronousFileChannel newAsynchronousFileChannel(Path path,
            Set<? extends OpenOption> options, java.util.concurrent.ExecutorService executor, FileAttribute<?>[] attributes) {
        throw unsupported("AsynchronousFileChannel");
    }

    private static int openOptions(Set<? extends OpenOption> options) {
        int bits = 0;
        for (OpenOption option : options) {
            if (option instanceof StandardOpenOption) {
                bits |= 1 << ((StandardOpenOption) option).ordinal();
            } else if (option == LinkOption.NOFOLLOW_LINKS) {
                bits |= PathOptions.NOFOLLOW_LINKS;
            } else if (option == null) {
                throw new NullPointerException();
            } else {
                throw new UnsupportedOperationException(option + " not supported");
            }
        }
        return bits;
    }

    /** The permissions an initial "posix:permissions" attribute asks for, or -1 for none. */
    private static int initialPermissions(FileAttribute<?>[] attributes) {
        int bits = -1;
        for (FileAttribute<?> attribute : attributes) {
            String name = attribute.name();
            if (!name.equals("posix:permissions") && !name.equals("unix:permissions")) {
                throw new UnsupportedOperationException("'" + name + "' not supported as initial attribute");
            }
            @SuppressWarnings("unchecked")
            Set<PosixFilePermission> permissions = (Set<PosixFilePermission>) attribute.value();
            bits = AttributeCodec.permissionBits(permissions);
        }
        return bits;
    }

    // ------------------------------------------------------------------ directories

    public static DirectoryStream<Path> newDirectoryStream(Path directory,
            DirectoryStream.Filter<? super Path> filter) throws IOException {
        Objects.requireNonNull(filter);
        String[] names = Remote.reader(Remote.call(Call.PATH_LIST, path(directory))).readStrings();
        return new RemoteDirectoryStream(directory, names, filter);
    }

    public static void createDirectory(Path directory, FileAttribute<?>[] attributes)
            throws IOException {
        Remote.call(Call.PATH_CREATE_DIRECTORY, path(directory).writeInt(initialPermissions(attributes)));
    }

    // ------------------------------------------------------------------ attributes

    private static boolean followLinks(LinkOption[] options) {
        boolean follow = true;
        for (LinkOption option : options) {
            if (option == LinkOption.NOFOLLOW_LINKS) {
                follow = false;
            } else if (option == null) {
                throw new NullPointerException();
            }
        }
        return follow;
    }

    static RemoteFileAttributes attributes(Path path, boolean posix, boolean followLinks, int missing) {
        WireWriter arguments = path(path).writeBoolean(posix).writeBoolean(followLinks).writeByte(missing);
        WireReader answer = Remote.reader(Remote.call(Call.PATH_ATTRIBUTES, arguments));
        return answer.readBoolean() ? AttributeCodec.readAttributes(answer) : null;
    }

    @SuppressWarnings("unchecked")
    public static <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type,
            LinkOption[] options) throws IOException {
        if (type == DosFileAttributes.class) {
            return (A) RemoteDosAttributeView.read(path, followLinks(options));
        }
        return (A) attributes(path, posixType(type), followLinks(options), PathOptions.MISSING_FAILS);
    }

    /** JDK 20 and later: null when the file does not exist. */
    @SuppressWarnings("unchecked")
    public static <A extends BasicFileAttributes> A readAttributesIfExists(Path path,
            Class<A> type, LinkOption[] options) throws IOException {
        return (A) attributes(path, posixType(type), followLinks(options), PathOptions.MISSING_IF_NO_SUCH_FILE);
    }

    private static boolean posixType(Class<?> type) {
        if (type == BasicFileAttributes.class) {
            return false;
        }
        if (type == PosixFileAttributes.class) {
            return true;
        }
        if (type == null) {
            throw new NullPointerException();
        }
        throw unsupported("file attributes of type " + type.getName());
    }

    public static Map<String, Object> readAttributes(Path path, String attributes,
            LinkOption[] options) throws IOException {
        WireWriter arguments = path(path).writeString(attributes).writeBoolean(followLinks(options));
        return new java.util.HashMap<>(
                AttributeCodec.readMap(Remote.reader(Remote.call(Call.PATH_ATTRIBUTE_MAP, arguments))));
    }

    public static void setAttribute(Path path, String attribute, Object value,
            LinkOption[] options) throws IOException {
        WireWriter arguments = path(path).writeString(attribute);
        AttributeCodec.writeValue(arguments, value);
        arguments.writeBoolean(followLinks(options));
        Remote.call(Call.PATH_SET_ATTRIBUTE, arguments);
    }

    static void setAttribute(Path path, String attribute, Object value, boolean followLinks) {
        WireWriter arguments = path(path).writeString(attribute);
        AttributeCodec.writeValue(arguments, value);
        arguments.writeBoolean(followLinks);
        Remote.call(Call.PATH_SET_ATTRIBUTE, arguments);
    }

    static Map<String, Object> attributeMap(Path path, String attributes, boolean followLinks) {
        WireWriter arguments = path(path).writeString(attributes).writeBoolean(followLinks);
        return AttributeCodec.readMap(Remote.reader(Remote.call(Call.PATH_ATTRIBUTE_MAP, arguments)));
    }

    @SuppressWarnings("unchecked")
    public static <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type,
            LinkOption[] options) {
        boolean follow = followLinks(options);
        if (type == BasicFileAttributeView.class) {
            return (V) new RemoteAttributeView(path, "basic", follow);
        }
        if (type == PosixFileAttributeView.class) {
            return (V) new RemoteAttributeView(path, "posix", follow);
        }
        if (type == FileOwnerAttributeView.class) {
            return (V) new RemoteAttributeView(path, "owner", follow);
        }
        if (type == null) {
            throw new NullPointerException();
        }
        if (type == DosFileAttributeView.class) {
            return (V) new RemoteDosAttributeView(path, follow);
        }
        if (type == UserDefinedFileAttributeView.class) {
            throw unsupported(type.getSimpleName());
        }
        return null;
    }

    public static void checkAccess(Path path, AccessMode[] modes) throws IOException {
        int bits = 0;
        for (AccessMode mode : modes) {
            bits |= 1 << mode.ordinal();
        }
        Remote.call(Call.PATH_CHECK_ACCESS, path(path).writeInt(bits));
    }

    private static boolean accessible(Path path, AccessMode mode) {
        try {
            Remote.call(Call.PATH_CHECK_ACCESS, path(path).writeInt(1 << mode.ordinal()));
            return true;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            return false;
        }
    }

    /** JDK 20 and later. */
    public static boolean isReadable(Path path) {
        return accessible(path, AccessMode.READ);
    }

    public static boolean isWritable(Path path) {
        return accessible(path, AccessMode.WRITE);
    }

    public static boolean isExecutable(Path path) {
        return accessible(path, AccessMode.EXECUTE);
    }

    /** JDK 20 and later: {@code exists(path, options)}. */
    public static boolean exists(Path path, LinkOption[] options) {
        return attributes(path, false, followLinks(options), PathOptions.MISSING_IF_ANY_FAILURE) != null;
    }

    /** JDK 17: {@code exists(path)}, {@code isDirectory(path)}, {@code isRegularFile(path)}. */
    public static boolean exists(Path path) {
        return attributes(path, false, true, PathOptions.MISSING_IF_ANY_FAILURE) != null;
    }

    public static boolean isDirectory(Path path) {
        RemoteFileAttributes attributes = attributes(path, false, true, PathOptions.MISSING_IF_ANY_FAILURE);
        return attributes != null && attributes.isDirectory();
    }

    public static boolean isRegularFile(Path path) {
        RemoteFileAttributes attributes = attributes(path, false, true, PathOptions.MISSING_IF_ANY_FAILURE);
        return attributes != null && attributes.isRegularFile();
    }

    public static boolean isSameFile(Path path, Path other) throws IOException {
        if (path.equals(other)) {
            return true;
        }
        if (other == null || other.getClass() != path.getClass()) {
            return false;
        }
        WireWriter arguments = path(path).writeString(other.toString());
        return Remote.reader(Remote.call(Call.PATH_SAME_FILE, arguments)).readBoolean();
    }

    public static FileStore getFileStore(Path path) {
        throw unsupported("FileStore (Files.getFileStore)");
    }

    // ------------------------------------------------------------------ changes

    /** {@code implDelete(path, failIfNotExists)}, behind delete and deleteIfExists. */
    public static boolean implDelete(Path path, boolean failIfNotExists) throws IOException {
        return Remote.reader(Remote.call(Call.PATH_DELETE, path(path).writeBoolean(failIfNotExists))).readBoolean();
    }

    public static void copy(Path source, Path target, CopyOption[] options) throws IOException {
        Remote.call(Call.PATH_COPY, path(source).writeString(target.toString()).writeInt(copyOptions(options)));
    }

    public static void move(Path source, Path target, CopyOption[] options) throws IOException {
        Remote.call(Call.PATH_MOVE, path(source).writeString(target.toString()).writeInt(copyOptions(options)));
    }

    private static int copyOptions(CopyOption[] options) {
        int bits = 0;
        for (CopyOption option : options) {
            if (option instanceof StandardCopyOption) {
                bits |= 1 << ((StandardCopyOption) option).ordinal();
            } else if (option == LinkOption.NOFOLLOW_LINKS) {
                bits |= PathOptions.NOFOLLOW_LINKS;
            } else if (option == null) {
                throw new NullPointerException();
            } else {
                throw new UnsupportedOperationException("Unsupported copy option: " + option);
            }
        }
        return bits;
    }

    public static void createSymbolicLink(Path link, Path target, FileAttribute<?>[] attributes)
            throws IOException {
        if (attributes.length > 0) {
            throw new UnsupportedOperationException("Initial file attributes" + "not supported when creating symbolic link");
        }
        Remote.call(Call.PATH_CREATE_LINK, path(link).writeString(target.toString()).writeBoolean(true));
    }

    public static void createLink(Path link, Path existing) throws IOException {
        Remote.call(Call.PATH_CREATE_LINK, path(link).writeString(existing.toString()).writeBoolean(false));
    }

    public static Path readSymbolicLink(Path link) throws IOException {
        String target = Remote.reader(Remote.call(Call.PATH_READ_LINK, path(link))).readString();
        return link.getFileSystem().getPath(target);
    }

    /** {@code UnixPath.toRealPath(options)}. */
    public static Path toRealPath(Path path, LinkOption[] options) throws IOException {
        WireWriter arguments = path(path).writeBoolean(followLinks(options));
        return path.getFileSystem().getPath(Remote.reader(Remote.call(Call.PATH_REAL_PATH, arguments)).readString());
    }

    // ------------------------------------------------------------------ watch services

    /** {@code FileSystem.newWatchService()}: the master's, see {@link RemoteWatchService}. */
    public static WatchService newWatchService() {
        return RemoteWatchService.open();
    }

    /** The guard of {@code UnixPath.register}: a replica's watch service registers at the master. */
    public static boolean watchedRemotely(Path directory, WatchService watcher) {
        return watcher instanceof RemoteWatchService && Remote.active();
    }

    /** {@code UnixPath.register(watcher, kinds, modifiers)}. */
    public static WatchKey register(Path directory, WatchService watcher, WatchEvent.Kind<?>[] kinds,
            WatchEvent.Modifier[] modifiers) throws IOException {
        return ((RemoteWatchService) watcher).register(directory, kinds, modifiers);
    }

    static UnsupportedOperationException unsupported(String api) {
        return new UnsupportedOperationException("jPLR: " + api + " is not replicated yet; run this program without jPLR");
    }
}
