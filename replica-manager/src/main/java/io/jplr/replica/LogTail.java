package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Follows a file another process is appending to (a replica's log), handing out each complete line once.
 * A line still being written is kept back until its newline arrives, so a reader never sees half a line.
 * Memory stays bounded however much the process writes: the file is read a chunk at a time, and a line
 * longer than {@link #MAX_LINE} bytes is cut (no log line worth reporting is that long).
 */
final class LogTail {
    static final int MAX_LINE = 8192;
    private static final int CHUNK = 64 * 1024;

    private final Path path;
    private long position;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    /** @param from the byte offset to start at: lines (or their rest) before it are never returned */
    LogTail(Path path, long from) {
        this.path = path;
        this.position = from;
    }

    /**
     * The complete lines, without their line ends, among the next bytes appended: those of the first chunk
     * that completes a line, so an empty list means the reader has caught up with the writer.
     */
    List<String> readLines() throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        List<String> lines = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(path)) {
            while (lines.isEmpty()) {
                chunk.clear();
                int read = channel.read(chunk, position);
                if (read <= 0) {
                    break;
                }
                position += read;
                chunk.flip();
                split(chunk, lines);
            }
        }
        return lines;
    }

    private void split(ByteBuffer chunk, List<String> lines) {
        while (chunk.hasRemaining()) {
            byte b = chunk.get();
            if (b == '\n') {
                lines.add(line.toString(UTF_8));
                line.reset();
            } else if (line.size() < MAX_LINE) {
                line.write(b);
            }
        }
    }
}
