package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.Closeable;
import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.Objects;

/**
 * A {@code FileChannel} on a file the master holds open: every operation is a call to the master, which
 * performs it on its own channel for the file (and answers with the same failures). Returned by
 * {@code getChannel()} of streams on such files and by the default provider's {@code newByteChannel} and
 * {@code newFileChannel}.
 */
final class RemoteFileChannel extends FileChannel {
    private final FileDescriptor fd;
    private final int handle;
    private final boolean readable;
    private final boolean writable;
    private final Closeable parent;

    /**
     * @param fd the java.io descriptor this channel belongs to, or null for a channel the provider opened
     * @param parent the stream or RandomAccessFile that owns the descriptor: closing the channel closes it,
     *     as natively; null for a channel of its own
     */
    RemoteFileChannel(FileDescriptor fd, int handle, boolean readable, boolean writable, Closeable parent) {
        this.fd = fd;
        this.handle = handle;
        this.readable = readable;
        this.writable = writable;
        this.parent = parent;
    }

    /** A channel the default provider opened (newByteChannel, newFileChannel): the master checks its mode. */
    RemoteFileChannel(int handle) {
        this(null, handle, true, true, null);
    }

    private void ensureOpen() throws IOException {
        if (!isOpen() || handle < 0) {
            throw new ClosedChannelException();
        }
    }

    private void ensureReadable() throws IOException {
        ensureOpen();
        if (!readable) {
            throw new NonReadableChannelException();
        }
    }

    private void ensureWritable() throws IOException {
        ensureOpen();
        if (!writable) {
            throw new NonWritableChannelException();
        }
    }

    private WireWriter withHandle() {
        return new WireWriter().writeInt(handle);
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        ensureReadable();
        int wanted = Math.min(destination.remaining(), Boundary.MAX_READ);
        if (wanted == 0) {
            return 0;
        }
        Answer answer = Remote.call(Call.FILE_READ, withHandle().writeInt(wanted));
        return deliver(answer, destination, wanted);
    }

    @Override
    public int read(ByteBuffer destination, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("Negative position");
        }
        ensureReadable();
        int wanted = Math.min(destination.remaining(), Boundary.MAX_READ);
        if (wanted == 0) {
            return 0;
        }
        Answer answer = Remote.call(Call.FILE_READ_AT, withHandle().writeLong(position).writeInt(wanted));
        return deliver(answer, destination, wanted);
    }

    private static int deliver(Answer answer, ByteBuffer destination, int wanted) throws IOException {
        byte[] got = answer.readBytes(wanted);
        if (got == null) {
            return -1;
        }
        destination.put(got);
        return got.length;
    }

    @Override
    public long read(ByteBuffer[] destinations, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, destinations.length);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            if (!destinations[i].hasRemaining()) {
                continue;
            }
            int n = read(destinations[i]);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            total += n;
            if (destinations[i].hasRemaining()) {
                break;
            }
        }
        return total;
    }

    @Override
    public int write(ByteBuffer source) throws IOException {
        ensureWritable();
        int total = 0;
        while (source.hasRemaining()) {
            int chunk = Math.min(source.remaining(), FileBoundary.MAX_WRITE);
            WireWriter arguments = new WireWriter(chunk + 16).writeInt(handle);
            arguments.writeBytes(take(source, chunk));
            Remote.call(Call.FILE_WRITE, arguments);
            total += chunk;
        }
        return total;
    }

    @Override
    public int write(ByteBuffer source, long position) throws IOException {
        if (position < 0) {
            throw new IllegalArgumentException("Negative position");
        }
        ensureWritable();
        int total = 0;
        while (source.hasRemaining()) {
            int chunk = Math.min(source.remaining(), FileBoundary.MAX_WRITE);
            WireWriter arguments = new WireWriter(chunk + 24).writeInt(handle).writeLong(position + total);
            arguments.writeBytes(take(source, chunk));
            Remote.call(Call.FILE_WRITE_AT, arguments);
            total += chunk;
        }
        return total;
    }

    private static byte[] take(ByteBuffer source, int count) {
        byte[] bytes = new byte[count];
        source.get(bytes);
        return bytes;
    }

    @Override
    public long write(ByteBuffer[] sources, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, sources.length);
        long total = 0;
        for (int i = offset; i < offset + length; i++) {
            total += write(sources[i]);
        }
        return total;
    }

    @Override
    public long position() throws IOException {
        ensureOpen();
        return Remote.reader(Remote.call(Call.FILE_POSITION, withHandle())).readLong();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
        if (newPosition < 0) {
            throw new IllegalArgumentException();
        }
        ensureOpen();
        Remote.call(Call.FILE_SEEK, withHandle().writeLong(newPosition));
        return this;
    }

    @Override
    public long size() throws IOException {
        ensureOpen();
        return Remote.reader(Remote.call(Call.FILE_SIZE, withHandle())).readLong();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
        if (size < 0) {
            throw new IllegalArgumentException("Negative size");
        }
        ensureWritable();
        Remote.call(Call.FILE_TRUNCATE, withHandle().writeLong(size));
        return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
        ensureOpen();
        Remote.call(Call.FILE_FORCE, withHandle().writeBoolean(metaData));
    }

    @Override
    public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
        ensureOpen();
        if (!target.isOpen()) {
            throw new ClosedChannelException();
        }
        ensureReadable();
        if (position < 0 || count < 0) {
            throw new IllegalArgumentException();
        }
        long done = 0;
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, Boundary.MAX_READ));
        while (done < count) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            int n = read(buffer, position + done);
            if (n <= 0) {
                break;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                target.write(buffer);
            }
            done += n;
        }
        return done;
    }

    @Override
    public long transferFrom(ReadableByteChannel source, long position, long count) throws IOException {
        ensureOpen();
        if (!source.isOpen()) {
            throw new ClosedChannelException();
        }
        ensureWritable();
        if (position < 0 || count < 0) {
            throw new IllegalArgumentException();
        }
        if (Runtime.version().feature() < 21 && position > size()) {
            // Until JDK 21, a transfer to a position past the end transferred nothing.
            return 0;
        }
        long done = 0;
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(count, FileBoundary.MAX_WRITE));
        while (done < count) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), count - done));
            int n = source.read(buffer);
            if (n <= 0) {
                break;
            }
            buffer.flip();
            write(buffer, position + done);
            done += n;
        }
        return done;
    }

    @Override
    public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
        ensureOpen();
        return MappedFiles.map(handle, mode, position, size);
    }

    @Override
    public FileLock lock(long position, long size, boolean shared) throws IOException {
        return lock(position, size, shared, false);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
        return lock(position, size, shared, true);
    }

    private FileLock lock(long position, long size, boolean shared, boolean tryOnly) throws IOException {
        ensureOpen();
        WireWriter arguments = withHandle().writeLong(position).writeLong(size).writeBoolean(shared)
                .writeBoolean(tryOnly);
        int lock = Remote.reader(Remote.call(Call.FILE_LOCK, arguments)).readInt();
        return lock < 0 ? null : new RemoteFileLock(this, position, size, shared, lock);
    }

    @Override
    protected void implCloseChannel() throws IOException {
        if (parent != null) {
            // Natively the channel closes its stream, which closes the descriptor (FileBoundary.close).
            parent.close();
            return;
        }
        if (fd != null) {
            Descriptors.unbind(fd);
        }
        if (Boundary.handler() != null) {
            Remote.call(Call.FILE_CLOSE, withHandle());
        }
    }

    /** A lock the master holds on the replicas' behalf. */
    private static final class RemoteFileLock extends FileLock {
        private final int lock;
        private boolean released;

        RemoteFileLock(FileChannel channel, long position, long size, boolean shared, int lock) {
            super(channel, position, size, shared);
            this.lock = lock;
        }

        @Override
        public synchronized boolean isValid() {
            return !released && channel().isOpen();
        }

        @Override
        public synchronized void release() throws IOException {
            if (!channel().isOpen()) {
                throw new ClosedChannelException();
            }
            if (!released) {
                Remote.call(Call.FILE_UNLOCK, new WireWriter().writeInt(lock));
                released = true;
            }
        }
    }
}
