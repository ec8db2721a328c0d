package io.jplr.replica;

import static java.nio.file.StandardOpenOption.APPEND;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {
    @TempDir
    Path dir;

    @Test
    void holdsBackALineUntilItsNewlineArrives() throws IOException {
        Path log = dir.resolve("replica.log");
        Files.writeString(log, "before\n");
        LogTail tail = new LogTail(log, Files.size(log));
        assertEquals(List.of(), tail.readLines());

        Files.writeString(log, "one\ntw", APPEND);
        assertEquals(List.of("one"), tail.readLines());
        assertEquals(List.of(), tail.readLines(), "\"tw\" is not a line yet");

        Files.writeString(log, "o\nthree\n", APPEND);
        assertEquals(List.of("two", "three"), tail.readLines());
    }

    @Test
    void readsAChunkAtATimeAndCutsOverlongLines() throws IOException {
        Path log = dir.resolve("replica.log");
        String longLine = "x".repeat(LogTail.MAX_LINE * 20);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            written.add("line " + i);
        }
        written.add(longLine);
        written.add("after");
        Files.write(log, written);

        LogTail tail = new LogTail(log, 0);
        List<String> read = new ArrayList<>();
        int reads = 0;
        for (List<String> lines = tail.readLines(); !lines.isEmpty(); lines = tail.readLines()) {
            read.addAll(lines);
            reads++;
        }
        assertEquals(20_002, read.size());
        assertEquals("line 19999", read.get(19_999));
        assertEquals("x".repeat(LogTail.MAX_LINE), read.get(20_000));
        assertEquals("after", read.get(20_001));
        assertTrue(reads > 1, "the file is read in chunks");
    }
}
