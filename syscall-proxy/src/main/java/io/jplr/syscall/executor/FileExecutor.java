package io.jplr.syscall.executor;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.FileMutation;
import io.jplr.syscall.table.FileOpenKind;
import io.jplr.syscall.table.FileQuery;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileLock;
import java.util.Arrays;

/**
 * Performs the replicas' file calls on the master: opens through the java.io class the application used
 * (or the provider, {@link PathExecutor}), then reads, writes, positions and locks by handle. Every method
 * decodes its arguments completely before it touches a file.
 */
final class FileExecutor {
    private final HandleTable<OpenFile> files;
    private final HandleTable<FileLock> locks = new HandleTable<>("locks");

    FileExecutor(HandleTable<OpenFile> files) {
        this.files = files;
    }

    Answer answer(Call call, WireReader in) throws IOException {
        switch (call) {
            case FILE_OPEN:
                return open(in);
            case FILE_READ: {
                int handle = in.readInt();
                int length = readLength(in);
                in.expectEnd();
                byte[] buffer = new byte[length];
                int n = files.get(handle).read(buffer, length);
                return n < 0 ? CallExecutor.end() : CallExecutor.ok(Arrays.copyOf(buffer, n));
            }
            case FILE_READ_AT: {
                int handle = in.readInt();
                long position = in.readLong();
                int length = readLength(in);
                in.expectEnd();
                ByteBuffer buffer = ByteBuffer.allocate(length);
                int n = files.get(handle).channel().read(buffer, position);
                return n < 0 ? CallExecutor.end() : CallExecutor.ok(Arrays.copyOf(buffer.array(), n));
            }
            case FILE_WRITE: {
                int handle = in.readInt();
                byte[] bytes = nonNull(in.readBytes());
                in.expectEnd();
                files.get(handle).write(bytes);
                return CallExecutor.ok(new byte[0]);
            }
            case FILE_WRITE_AT: {
                int handle = in.readInt();
                long position = in.readLong();
                byte[] bytes = nonNull(in.readBytes());
                in.expectEnd();
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                int written = 0;
                while (buffer.hasRemaining()) {
                    written += files.get(handle).channel().write(buffer, position + written);
                }
                return CallExecutor.scalarInt(written);
            }
            case FILE_SKIP: {
                int handle = in.readInt();
                long count = in.readLong();
                in.expectEnd();
                return CallExecutor.scalar(files.get(handle).skip(count));
            }
            case FILE_AVAILABLE:
                return CallExecutor.scalarInt(files.get(handleOnly(in)).available());
            case FILE_POSITION:
                return CallExecutor.scalar(files.get(handleOnly(in)).position());
            case FILE_SEEK: {
                int handle = in.readInt();
                long position = in.readLong();
                in.expectEnd();
                files.get(handle).seek(position);
                return CallExecutor.ok(new byte[0]);
            }
            case FILE_SIZE:
                return CallExecutor.scalar(files.get(handleOnly(in)).size());
            case FILE_SET_LENGTH: {
                int handle = in.readInt();
                long length = in.readLong();
                in.expectEnd();
                files.get(handle).setLength(length);
                return CallExecutor.ok(new byte[0]);
            }
            case FILE_TRUNCATE: {
                int handle = in.readInt();
                long size = in.readLong();
                in.expectEnd();
                files.get(handle).channel().truncate(size);
                return CallExecutor.ok(new byte[0]);
            }
            case FILE_FORCE: {
                int handle = in.readInt();
                boolean metadata = in.readBoolean();
                in.expectEnd();
                files.get(handle).channel().force(metadata);
                return CallExecutor.ok(new byte[0]);
            }
            case FILE_LOCK:
                return lock(in);
            case FILE_UNLOCK: {
                int lock = handleOnly(in);
                FileLock held = locks.remove(lock);
                if (held != null) {
                    held.release();
                }
                return CallExecutor.ok(new byte[0]);
            }
            case FILE_CLOSE: {
                OpenFile file = files.remove(handleOnly(in));
                if (file != null) {
                    file.close();
                }
                return CallExecutor.ok(new byte[0]);
            }
            case FILE_QUERY:
                return query(in);
            case FILE_LIST: {
                String path = nonNull(in.readString());
                in.expectEnd();
                return CallExecutor.ok(new WireWriter().writeStrings(new File(path).list()).toByteArray());
            }
            case FILE_MUTATE:
                return mutate(in);
            case FILE_CREATE_TEMP: {
                String prefix = nonNull(in.readString());
                String suffix = in.readString();
                String directory = in.readString();
                in.expectEnd();
                File created = File.createTempFile(prefix, suffix, directory == null ? null : new File(directory));
                return CallExecutor.ok(new WireWriter().writeString(created.getPath()).toByteArray());
            }
            default:
                throw new MalformedCallException(call + " is not a file call");
        }
    }

    private Answer open(WireReader in) throws IOException {
        String name = nonNull(in.readString());
        FileOpenKind kind = FileOpenKind.byCode(in.readByte());
        int mode = in.readInt();
        in.expectEnd();
        if (kind == null) {
            throw new MalformedCallException("unknown open kind");
        }
        OpenFile file;
        switch (kind) {
            case READ:
                file = OpenFile.of(new FileInputStream(name));
                break;
            case WRITE:
                file = OpenFile.of(new FileOutputStream(name, false));
                break;
            case APPEND:
                file = OpenFile.of(new FileOutputStream(name, true));
                break;
            default:
                file = OpenFile.of(new RandomAccessFile(name, randomAccessMode(mode)));
                break;
        }
        return CallExecutor.scalarInt(files.add(file.regular(isRegularFile(name))));
    }

    static boolean isRegularFile(String name) {
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(name));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static String randomAccessMode(int mode) {
        if (mode == FileOpenKind.O_RDONLY) {
            return "r";
        }
        if ((mode & FileOpenKind.O_RDWR) == 0 || (mode & ~(FileOpenKind.O_RDWR | FileOpenKind.O_SYNC
                | FileOpenKind.O_DSYNC)) != 0) {
            throw new MalformedCallException("RandomAccessFile mode bits " + mode);
        }
        return (mode & FileOpenKind.O_SYNC) != 0 ? "rws" : (mode & FileOpenKind.O_DSYNC) != 0 ? "rwd" : "rw";
    }

    private Answer lock(WireReader in) throws IOException {
        int handle = in.readInt();
        long position = in.readLong();
        long size = in.readLong();
        boolean shared = in.readBoolean();
        boolean tryOnly = in.readBoolean();
        in.expectEnd();
        OpenFile file = files.get(handle);
        FileLock lock = tryOnly ? file.channel().tryLock(position, size, shared)
                : file.channel().lock(position, size, shared);
        return CallExecutor.scalarInt(lock == null ? -1 : locks.add(lock));
    }

    private static Answer query(WireReader in) throws IOException {
        FileQuery query = FileQuery.byCode(in.readByte());
        String path = nonNull(in.readString());
        in.expectEnd();
        if (query == null) {
            throw new MalformedCallException("unknown file query");
        }
        File file = new File(path);
        if (query == FileQuery.CANONICAL_PATH) {
            return CallExecutor.ok(new WireWriter().writeString(file.getCanonicalPath()).toByteArray());
        }
        long value;
        switch (query) {
            case EXISTS: value = bit(file.exists()); break;
            case IS_FILE: value = bit(file.isFile()); break;
            case IS_DIRECTORY: value = bit(file.isDirectory()); break;
            case IS_HIDDEN: value = bit(file.isHidden()); break;
            case LAST_MODIFIED: value = file.lastModified(); break;
            case LENGTH: value = file.length(); break;
            case CAN_READ: value = bit(file.canRead()); break;
            case CAN_WRITE: value = bit(file.canWrite()); break;
            case CAN_EXECUTE: value = bit(file.canExecute()); break;
            case TOTAL_SPACE: value = file.getTotalSpace(); break;
            case FREE_SPACE: value = file.getFreeSpace(); break;
            default: value = file.getUsableSpace(); break;
        }
        return CallExecutor.scalar(value);
    }

    private static Answer mutate(WireReader in) throws IOException {
        FileMutation mutation = FileMutation.byCode(in.readByte());
        File file = new File(nonNull(in.readString()));
        long argument = in.readLong();
        String other = in.readString();
        in.expectEnd();
        if (mutation == null) {
            throw new MalformedCallException("unknown file mutation");
        }
        boolean enable = (argument & FileMutation.ENABLE) != 0;
        boolean ownerOnly = (argument & FileMutation.OWNER_ONLY) != 0;
        boolean result;
        switch (mutation) {
            case CREATE_NEW: result = file.createNewFile(); break;
            case DELETE: result = file.delete(); break;
            case MKDIR: result = file.mkdir(); break;
            case RENAME: result = file.renameTo(new File(nonNull(other))); break;
            case SET_LAST_MODIFIED: result = file.setLastModified(argument); break;
            case SET_READ_ONLY: result = file.setReadOnly(); break;
            case SET_WRITABLE: result = file.setWritable(enable, ownerOnly); break;
            case SET_READABLE: result = file.setReadable(enable, ownerOnly); break;
            default: result = file.setExecutable(enable, ownerOnly); break;
        }
        return CallExecutor.ok(new WireWriter().writeBoolean(result).toByteArray());
    }

    private static long bit(boolean value) {
        return value ? 1 : 0;
    }

    static int handleOnly(WireReader in) {
        int handle = in.readInt();
        in.expectEnd();
        return handle;
    }

    static int readLength(WireReader in) {
        int length = in.readInt();
        if (length < 1 || length > io.jplr.bootstrap.Boundary.MAX_READ) {
            throw new MalformedCallException("read of " + length + " bytes");
        }
        return length;
    }

    static <T> T nonNull(T value) {
        if (value == null) {
            throw new MalformedCallException("a missing argument");
        }
        return value;
    }
}
