package io.jplr.syscall.executor;

import java.io.Closeable;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A file the master holds open for the replicas, through the same class the application used: a stream or
 * RandomAccessFile for java.io (so reads, writes and failures are theirs) or a FileChannel for java.nio.
 */
final class OpenFile {
    private final Closeable owner;
    private final InputStream in;
    private final OutputStream out;
    private final RandomAccessFile randomAccess;
    private FileChannel channel;
    private boolean regular;

    private OpenFile(Closeable owner, InputStream in, OutputStream out, RandomAccessFile randomAccess,
            FileChannel channel) {
        this.owner = owner;
        this.in = in;
        this.out = out;
        this.randomAccess = randomAccess;
        this.channel = channel;
    }

    static OpenFile of(FileInputStream in) {
        return new OpenFile(in, in, null, null, null);
    }

    static OpenFile of(FileOutputStream out) {
        return new OpenFile(out, null, out, null, null);
    }

    static OpenFile of(RandomAccessFile file) {
        return new OpenFile(file, null, null, file, null);
    }

    static OpenFile of(FileChannel channel) {
        return new OpenFile(channel, null, null, null, channel);
    }

    /** Marks a regular file: its reads and writes never wait for a peer (a FIFO's or a device's may). */
    OpenFile regular(boolean isRegular) {
        this.regular = isRegular;
        return this;
    }

    boolean isRegular() {
        return regular;
    }

    /** The channel for positional and size operations (java.io streams share their descriptor with it). */
    synchronized FileChannel channel() {
        if (channel == null) {
            channel = in != null ? ((FileInputStream) in).getChannel()
                    : out != null ? ((FileOutputStream) out).getChannel() : randomAccess.getChannel();
        }
        return channel;
    }

    /** Up to {@code length} bytes, or -1 at the end. */
    int read(byte[] buffer, int length) throws IOException {
        if (in != null) {
            return in.read(buffer, 0, length);
        }
        if (randomAccess != null) {
            return randomAccess.read(buffer, 0, length);
        }
        return channel().read(ByteBuffer.wrap(buffer, 0, length));
    }

    void write(byte[] bytes) throws IOException {
        if (out != null) {
            out.write(bytes);
        } else if (randomAccess != null) {
            randomAccess.write(bytes);
        } else {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel().write(buffer);
            }
        }
    }

    long skip(long count) throws IOException {
        if (in == null) {
            throw new IOException("skip on a file not opened for reading");
        }
        return in.skip(count);
    }

    int available() throws IOException {
        return in == null ? 0 : in.available();
    }

    long position() throws IOException {
        return randomAccess != null ? randomAccess.getFilePointer() : channel().position();
    }

    void seek(long position) throws IOException {
        if (randomAccess != null) {
            randomAccess.seek(position);
        } else {
            channel().position(position);
        }
    }

    long size() throws IOException {
        return randomAccess != null ? randomAccess.length() : channel().size();
    }

    void setLength(long length) throws IOException {
        if (randomAccess == null) {
            throw new IOException("setLength on a file not opened with RandomAccessFile");
        }
        randomAccess.setLength(length);
    }

    void close() throws IOException {
        owner.close();
    }
}
