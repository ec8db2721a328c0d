package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The run's report file (setting {@code plr.report}): one JSON object per line, appended, so that the
 * reports of several runs can share a file and a reader can follow it while the run goes on.
 *
 * <p>Reporting must never take the run down: an I/O error while writing is remembered ({@link #failure()}),
 * the file is closed and nothing more is written, and the master carries on. Each line goes to the file in a
 * single unbuffered write, so what was reported is in the file even if the master is killed.
 */
public final class ReportLog implements AutoCloseable {
    private final Path path;
    private FileChannel channel;
    private volatile String failure;

    private ReportLog(Path path, FileChannel channel) {
        this.path = path;
        this.channel = channel;
    }

    /**
     * The report file at {@code path}, created if missing and appended to otherwise.
     *
     * @throws IOException if the parent directory does not exist, the path is a directory, or the file
     *                     cannot be opened for writing; the message names the file and the reason
     */
    public static ReportLog open(Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new IOException("report file " + path + ": directory " + parent + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw new IOException("report file " + path + " is a directory");
        }
        try {
            return new ReportLog(path, FileChannel.open(path, CREATE, WRITE, APPEND));
        } catch (IOException e) {
            throw new IOException("report file " + path + " cannot be opened for writing: " + e, e);
        }
    }

    /** A report that writes nothing: no {@code plr.report} setting. */
    public static ReportLog disabled() {
        return new ReportLog(null, null);
    }

    /** Whether records go anywhere: callers need not build them otherwise. */
    public boolean enabled() {
        return path != null;
    }

    /**
     * Appends the record as one line. Does nothing once disabled, closed or failed.
     *
     * @param record keys in the order they should appear; values as {@link JsonEncoder#encode} takes them
     * @throws IllegalArgumentException if a value has no JSON form (a caller's bug, not an I/O error)
     */
    public synchronized void write(Map<String, ?> record) {
        if (channel == null) {
            return;
        }
        ByteBuffer line = UTF_8.encode(JsonEncoder.encode(record) + "\n");
        try {
            while (line.hasRemaining()) {
                channel.write(line);
            }
        } catch (IOException e) {
            failure = "writing the report file " + path + " failed: " + e;
            close();
        }
    }

    /** Why writing stopped, or {@code null} if it did not. */
    public String failure() {
        return failure;
    }

    @Override
    public synchronized void close() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            if (failure == null) {
                failure = "closing the report file " + path + " failed: " + e;
            }
        }
        channel = null;
    }
}
