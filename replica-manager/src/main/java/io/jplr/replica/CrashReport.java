package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the report says about a replica JVM that died: the head of HotSpot's fatal error file (hs_err) if it
 * wrote one, which names the signal and the frame it hit, and otherwise the end of the replica's log, where
 * an uncaught error or a JVM message usually is.
 *
 * <p>An hs_err file (JDK 17 and 25 alike) begins with a block of '#' lines:
 * <pre>
 * # A fatal error has been detected by the Java Runtime Environment:
 * #  SIGSEGV (0xb) at pc=0x00007f48440d430c, pid=3087, tid=3088
 * # JRE version: OpenJDK Runtime Environment (17.0.15+6) (build 17.0.15+6-Debian-1deb12u1)
 * # Java VM: OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1, mixed mode, ...)
 * # Problematic frame:
 * # V  [libjvm.so+0xed430c]  Unsafe_GetLong+0x12c
 * </pre>
 * (with bare '#' lines between), then core dump and bug report notes. A native out-of-memory error has no
 * problematic frame; its block says "There is insufficient memory ..." instead, and is taken until it ends.
 */
public final class CrashReport {
    /** The log's tail is searched back at most this far for its last lines: a log can be gigabytes. */
    private static final int MAX_TAIL_BYTES = 1 << 20;
    private static final int INITIAL_TAIL_BYTES = 8192;

    private CrashReport() {
    }

    /**
     * At most {@code maxLines} lines: the hs_err file's header (from its first '#' line through the line
     * after "# Problematic frame:", bare '#' lines left out) if the file exists, else the last non-blank
     * lines of the log. Empty if neither can be read: a missing diagnosis must not fail the master.
     */
    public static List<String> summary(Path errorFile, Path log, int maxLines) {
        try {
            if (errorFile != null && Files.isRegularFile(errorFile)) {
                return errorHeader(errorFile, maxLines);
            }
            return lastLines(log, maxLines);
        } catch (IOException unreadable) {
            return List.of();
        }
    }

    private static List<String> errorHeader(Path errorFile, int maxLines) throws IOException {
        List<String> header = new ArrayList<>();
        // A reader that replaces malformed bytes: hs_err quotes native strings in whatever encoding.
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(errorFile), UTF_8))) {
            boolean frameNext = false;
            for (String line = in.readLine(); line != null && header.size() < maxLines; line = in.readLine()) {
                if (!line.startsWith("#")) {
                    if (header.isEmpty()) {
                        continue;
                    }
                    break;
                }
                if (line.strip().equals("#")) {
                    continue;
                }
                header.add(line);
                if (frameNext) {
                    break;
                }
                frameNext = line.startsWith("# Problematic frame:");
            }
        }
        return header;
    }

    /**
     * The last non-blank lines, from a tail of the log that doubles until it holds enough of them, the whole
     * log has been read, or the tail is {@link #MAX_TAIL_BYTES} long.
     */
    private static List<String> lastLines(Path log, int maxLines) throws IOException {
        try (FileChannel channel = FileChannel.open(log)) {
            long size = channel.size();
            for (int window = INITIAL_TAIL_BYTES; ; window *= 2) {
                long from = Math.max(0, size - window);
                ByteBuffer tail = ByteBuffer.allocate((int) (size - from));
                while (tail.hasRemaining() && channel.read(tail, from + tail.position()) > 0) {
                    // Reads until the tail is full or the file has shrunk.
                }
                List<String> lines = nonBlankLines(new String(tail.array(), 0, tail.position(), UTF_8), from > 0);
                if (lines.size() >= maxLines || from == 0 || window >= MAX_TAIL_BYTES) {
                    return List.copyOf(lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
                }
            }
        }
    }

    /** @param cut whether the text starts mid-line: that first piece of a line is left out */
    private static List<String> nonBlankLines(String text, boolean cut) {
        String[] lines = text.split("\n");
        List<String> nonBlank = new ArrayList<>();
        for (int i = cut ? 1 : 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                nonBlank.add(lines[i]);
            }
        }
        return nonBlank;
    }
}
