package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.FileMutation;
import io.jplr.syscall.table.FileOpenKind;
import io.jplr.syscall.table.FileQuery;
import java.io.File;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.SyncFailedException;
import java.nio.channels.FileChannel;
import java.util.Objects;

/**
 * Entry points for {@code java.io} files: {@code FileInputStream}, {@code FileOutputStream},
 * {@code RandomAccessFile}, {@code FileDescriptor} and {@code File}. A file outside the runtime and the
 * program ({@link LocalPaths}) is opened by the master; the replica's descriptor only names the master's
 * handle ({@link Descriptors}), so the replica never holds the file open itself.
 */
public final class FileBoundary {
    /** Bound on one replicated write: stays well inside a channel record. */
    public static final int MAX_WRITE = 64 * 1024;

    private FileBoundary() {
    }

    // ------------------------------------------------------------------ opening (private open methods)

    /** {@code FileInputStream.open(name)}: true when the master opened the file. */
    public static boolean openRead(FileDescriptor fd, String name) {
        if ("/dev/urandom".equals(name) || "/dev/random".equals(name)) {
            // Reads of the random devices are replicated as such (Boundary), without a handle.
            return false;
        }
        return open(fd, name, FileOpenKind.READ, 0);
    }

    /** {@code FileOutputStream.open(name, append)}. */
    public static boolean openWrite(FileDescriptor fd, String name, boolean append) {
        return open(fd, name, append ? FileOpenKind.APPEND : FileOpenKind.WRITE, 0);
    }

    /** {@code RandomAccessFile.open(name, mode)}. */
    public static boolean openRandomAccess(FileDescriptor fd, String name, int mode) {
        return open(fd, name, FileOpenKind.RANDOM_ACCESS, mode);
    }

    private static boolean open(FileDescriptor fd, String name, FileOpenKind kind, int mode) {
        if (!Remote.active()) {
            return false;
        }
        boolean readOnly = kind == FileOpenKind.READ
                || kind == FileOpenKind.RANDOM_ACCESS && mode == FileOpenKind.O_RDONLY;
        if (readOnly && LocalPaths.isLocal(name)) {
            // The runtime's and the program's own files (classes, resources, jars) are read locally.
            return false;
        }
        WireWriter arguments = new WireWriter().writeString(name).writeByte(kind.ordinal()).writeInt(mode);
        int handle = Remote.reader(Remote.call(Call.FILE_OPEN, arguments)).readInt();
        Descriptors.bind(fd, handle);
        return true;
    }

    // ------------------------------------------------------------------ descriptors the master holds

    /** The guard of rewritten read, write and channel methods. */
    public static boolean isVirtual(FileDescriptor fd) {
        return Boundary.handler() != null && Descriptors.isVirtual(fd);
    }

    /** {@code FileDescriptor.close()}: true when the descriptor was the master's. */
    public static boolean close(FileDescriptor fd) throws IOException {
        if (!Descriptors.isVirtual(fd)) {
            return false;
        }
        int handle = Descriptors.handle(fd);
        Descriptors.unbind(fd);
        if (Boundary.handler() != null) {
            Remote.call(Call.FILE_CLOSE, new WireWriter().writeInt(handle));
        }
        return true;
    }

    static Answer readChunk(FileDescriptor fd, int length) throws IOException {
        int handle = liveHandle(fd);
        Answer answer = Remote.call(Call.FILE_READ, new WireWriter().writeInt(handle).writeInt(length));
        answer.readBytes(length);
        return answer;
    }

    static long skip(FileDescriptor fd, long count) throws IOException {
        return Remote.reader(Remote.call(Call.FILE_SKIP, new WireWriter().writeInt(liveHandle(fd)).writeLong(count)))
                .readLong();
    }

    static int available(FileDescriptor fd) throws IOException {
        return Remote.reader(Remote.call(Call.FILE_AVAILABLE, new WireWriter().writeInt(liveHandle(fd)))).readInt();
    }

    /** Writes through a FileOutputStream or RandomAccessFile on a master's descriptor. */
    public static void write(FileDescriptor fd, byte[] bytes, int offset, int length) throws IOException {
        checkRange(bytes, offset, length);
        Remote.writeInChunks(Call.FILE_WRITE, liveHandle(fd), bytes, offset, length);
    }

    /** The JDK's native stream methods check ranges with an IndexOutOfBoundsException without a message. */
    static void checkRange(byte[] bytes, int offset, int length) {
        if (bytes == null) {
            throw new NullPointerException();
        }
        if (offset < 0 || length < 0 || length > bytes.length - offset) {
            throw new IndexOutOfBoundsException();
        }
    }

    private static int liveHandle(FileDescriptor fd) throws IOException {
        int handle = Descriptors.handle(fd);
        if (handle < 0) {
            throw new IOException("Stream Closed");
        }
        return handle;
    }

    // ------------------------------------------------------------------ RandomAccessFile

    public static int read(FileDescriptor fd) throws IOException {
        Answer answer = readChunk(fd, 1);
        return answer.status() == Answer.END ? -1 : answer.bytes()[0] & 0xff;
    }

    public static int read(FileDescriptor fd, byte[] bytes, int offset, int length) throws IOException {
        checkRange(bytes, offset, length);
        if (length == 0) {
            return 0;
        }
        Answer answer = readChunk(fd, Math.min(length, Boundary.MAX_READ));
        if (answer.status() == Answer.END) {
            return -1;
        }
        System.arraycopy(answer.bytes(), 0, bytes, offset, answer.bytes().length);
        return answer.bytes().length;
    }

    public static int read(FileDescriptor fd, byte[] bytes) throws IOException {
        return read(fd, bytes, 0, bytes.length);
    }

    public static void write(FileDescriptor fd, int b) throws IOException {
        write(fd, new byte[] {(byte) b}, 0, 1);
    }

    public static void write(FileDescriptor fd, byte[] bytes) throws IOException {
        write(fd, bytes, 0, bytes.length);
    }

    /** JDK 25's {@code RandomAccessFile.implReadLine()}, which reads with the private native read0. */
    public static String readLine(FileDescriptor fd) throws IOException {
        StringBuilder input = new StringBuilder();
        int c = -1;
        boolean eol = false;
        while (!eol) {
            switch (c = read(fd)) {
                case -1:
                case '\n':
                    eol = true;
                    break;
                case '\r':
                    eol = true;
                    long current = Remote.reader(Remote.call(Call.FILE_POSITION,
                            new WireWriter().writeInt(liveHandle(fd)))).readLong();
                    if (read(fd) != '\n') {
                        seek(fd, current);
                    }
                    break;
                default:
                    input.append((char) c);
                    break;
            }
        }
        if (c == -1 && input.length() == 0) {
            return null;
        }
        return input.toString();
    }

    /** {@code RandomAccessFile.writeBytes(String)}: the low byte of every char (native in JDK 17 underneath). */
    public static void writeBytes(FileDescriptor fd, String text) throws IOException {
        int length = text.length();
        byte[] bytes = new byte[length];
        text.getBytes(0, length, bytes, 0);
        write(fd, bytes, 0, length);
    }

    /** {@code RandomAccessFile.writeChars(String)}: every char as two bytes, high byte first. */
    public static void writeChars(FileDescriptor fd, String text) throws IOException {
        int length = text.length();
        byte[] bytes = new byte[2 * length];
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            bytes[2 * i] = (byte) (c >>> 8);
            bytes[2 * i + 1] = (byte) c;
        }
        write(fd, bytes, 0, bytes.length);
    }

    public static void seek(FileDescriptor fd, long position) throws IOException {
        Remote.call(Call.FILE_SEEK, new WireWriter().writeInt(liveHandle(fd)).writeLong(position));
    }

    /** Call sites of {@code RandomAccessFile.getFilePointer()} (native in every JDK: no body to advise). */
    public static long getFilePointer(RandomAccessFile file) throws IOException {
        FileDescriptor fd = file.getFD();
        if (!isVirtual(fd)) {
            return file.getFilePointer();
        }
        return Remote.reader(Remote.call(Call.FILE_POSITION, new WireWriter().writeInt(liveHandle(fd)))).readLong();
    }

    /** Call sites of {@code RandomAccessFile.length()} (native in JDK 17). */
    public static long length(RandomAccessFile file) throws IOException {
        FileDescriptor fd = file.getFD();
        if (!isVirtual(fd)) {
            return file.length();
        }
        return Remote.reader(Remote.call(Call.FILE_SIZE, new WireWriter().writeInt(liveHandle(fd)))).readLong();
    }

    /** Call sites of {@code RandomAccessFile.setLength(long)} (native in JDK 17). */
    public static void setLength(RandomAccessFile file, long length) throws IOException {
        FileDescriptor fd = file.getFD();
        if (!isVirtual(fd)) {
            file.setLength(length);
            return;
        }
        Remote.call(Call.FILE_SET_LENGTH, new WireWriter().writeInt(liveHandle(fd)).writeLong(length));
    }

    /** Call sites of {@code FileDescriptor.sync()} (native in JDK 17). */
    public static void sync(FileDescriptor fd) throws SyncFailedException {
        if (!isVirtual(fd)) {
            fd.sync();
            return;
        }
        try {
            Remote.call(Call.FILE_FORCE, new WireWriter().writeInt(liveHandle(fd)).writeBoolean(true));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SyncFailedException("sync failed");
        }
    }

    /**
     * {@code FileChannelImpl.open(fd, path, readable, writable, direct, parent)} (JDK 17), where
     * {@code getChannel()} of a stream or RandomAccessFile on a master's descriptor makes its channel; the
     * stream caches it and closes it, as natively.
     */
    public static FileChannel openChannel(FileDescriptor fd, String path, boolean readable, boolean writable,
            boolean direct, Object parent) {
        return new RemoteFileChannel(fd, Descriptors.handle(fd), readable, writable, (java.io.Closeable) parent);
    }

    /** The same, JDK 25: {@code open(fd, path, readable, writable, sync, direct, parent)}. */
    public static FileChannel openChannel(FileDescriptor fd, String path, boolean readable, boolean writable,
            boolean sync, boolean direct, java.io.Closeable parent) {
        return new RemoteFileChannel(fd, Descriptors.handle(fd), readable, writable, parent);
    }

    // ------------------------------------------------------------------ java.io.File

    /** The guard of rewritten {@code File} methods: this file is the world's, and the thread may cross. */
    public static boolean remote(File file) {
        return Boundary.handler() != null && !LocalPaths.isLocal(file.getPath()) && Remote.active();
    }

    /** The guard of changes through {@code File}: every change goes to the master, wherever it points. */
    public static boolean remoteChange(File file) {
        return Remote.active();
    }

    /** The guard of static {@code File} methods. */
    public static boolean active() {
        return Remote.active();
    }

    private static long query(FileQuery query, File file) {
        WireWriter arguments = new WireWriter().writeByte(query.ordinal()).writeString(file.getPath());
        return Remote.reader(Remote.call(Call.FILE_QUERY, arguments)).readLong();
    }

    public static boolean exists(File file) {
        return query(FileQuery.EXISTS, file) != 0;
    }

    public static boolean isFile(File file) {
        return query(FileQuery.IS_FILE, file) != 0;
    }

    public static boolean isDirectory(File file) {
        return query(FileQuery.IS_DIRECTORY, file) != 0;
    }

    public static boolean isHidden(File file) {
        return query(FileQuery.IS_HIDDEN, file) != 0;
    }

    public static long lastModified(File file) {
        return query(FileQuery.LAST_MODIFIED, file);
    }

    public static long length(File file) {
        return query(FileQuery.LENGTH, file);
    }

    public static boolean canRead(File file) {
        return query(FileQuery.CAN_READ, file) != 0;
    }

    public static boolean canWrite(File file) {
        return query(FileQuery.CAN_WRITE, file) != 0;
    }

    public static boolean canExecute(File file) {
        return query(FileQuery.CAN_EXECUTE, file) != 0;
    }

    public static long getTotalSpace(File file) {
        return query(FileQuery.TOTAL_SPACE, file);
    }

    public static long getFreeSpace(File file) {
        return query(FileQuery.FREE_SPACE, file);
    }

    public static long getUsableSpace(File file) {
        return query(FileQuery.USABLE_SPACE, file);
    }

    public static String getCanonicalPath(File file) throws IOException {
        WireWriter arguments = new WireWriter().writeByte(FileQuery.CANONICAL_PATH.ordinal())
                .writeString(file.getPath());
        return Remote.reader(Remote.call(Call.FILE_QUERY, arguments)).readString();
    }

    /** {@code File.normalizedList()} (behind list and listFiles). */
    public static String[] list(File file) {
        return Remote.reader(Remote.call(Call.FILE_LIST, new WireWriter().writeString(file.getPath()))).readStrings();
    }

    private static boolean mutate(FileMutation mutation, File file, long argument, File other) {
        WireWriter arguments = new WireWriter().writeByte(mutation.ordinal()).writeString(file.getPath())
                .writeLong(argument).writeString(other == null ? null : other.getPath());
        return Remote.reader(Remote.call(Call.FILE_MUTATE, arguments)).readBoolean();
    }

    public static boolean createNewFile(File file) throws IOException {
        return mutate(FileMutation.CREATE_NEW, file, 0, null);
    }

    public static boolean delete(File file) {
        return mutate(FileMutation.DELETE, file, 0, null);
    }

    public static boolean mkdir(File file) {
        return mutate(FileMutation.MKDIR, file, 0, null);
    }

    public static boolean renameTo(File file, File destination) {
        Objects.requireNonNull(destination);
        return mutate(FileMutation.RENAME, file, 0, destination);
    }

    public static boolean setLastModified(File file, long time) {
        if (time < 0) {
            throw new IllegalArgumentException("Negative time");
        }
        return mutate(FileMutation.SET_LAST_MODIFIED, file, time, null);
    }

    public static boolean setReadOnly(File file) {
        return mutate(FileMutation.SET_READ_ONLY, file, 0, null);
    }

    private static long permission(boolean enable, boolean ownerOnly) {
        return (enable ? FileMutation.ENABLE : 0) | (ownerOnly ? FileMutation.OWNER_ONLY : 0);
    }

    public static boolean setWritable(File file, boolean writable, boolean ownerOnly) {
        return mutate(FileMutation.SET_WRITABLE, file, permission(writable, ownerOnly), null);
    }

    public static boolean setReadable(File file, boolean readable, boolean ownerOnly) {
        return mutate(FileMutation.SET_READABLE, file, permission(readable, ownerOnly), null);
    }

    public static boolean setExecutable(File file, boolean executable, boolean ownerOnly) {
        return mutate(FileMutation.SET_EXECUTABLE, file, permission(executable, ownerOnly), null);
    }

    /** {@code File.createTempFile(prefix, suffix, directory)}: the master picks the name and creates the file. */
    public static File createTempFile(String prefix, String suffix, File directory) throws IOException {
        if (prefix.length() < 3) {
            throw new IllegalArgumentException("Prefix string \"" + prefix + "\" too short: length must be at least 3");
        }
        WireWriter arguments = new WireWriter().writeString(prefix).writeString(suffix)
                .writeString(directory == null ? null : directory.getPath());
        return new File(Remote.reader(Remote.call(Call.FILE_CREATE_TEMP, arguments)).readString());
    }
}
