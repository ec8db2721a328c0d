package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportLogTest {
    @TempDir
    Path dir;

    private static Map<String, Object> record(Object... keysAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            record.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return record;
    }

    private List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, UTF_8);
    }

    @Test
    void writesOneLinePerRecordWithKeysInInsertionOrder() throws IOException {
        Path file = dir.resolve("report.jsonl");
        try (ReportLog log = ReportLog.open(file)) {
            log.write(record("zeta", 1, "alpha", "a", "mid", true));
            log.write(record("event", "exit", "status", 0));
            assertEquals(List.of("{\"zeta\":1,\"alpha\":\"a\",\"mid\":true}"), lines(file).subList(0, 1),
                    "flushed as soon as written, before close");
        }
        assertEquals(List.of("{\"zeta\":1,\"alpha\":\"a\",\"mid\":true}", "{\"event\":\"exit\",\"status\":0}"),
                lines(file));
    }

    @Test
    void appendsToAnExistingFile() throws IOException {
        Path file = dir.resolve("report.jsonl");
        Files.writeString(file, "{\"run\":1}\n");
        try (ReportLog log = ReportLog.open(file)) {
            log.write(record("run", 2));
        }
        assertEquals(List.of("{\"run\":1}", "{\"run\":2}"), lines(file));
    }

    @Test
    void writesEveryKindOfValue() throws IOException {
        Path file = dir.resolve("report.jsonl");
        Map<String, Object> nested = record("cpu", 3, "none", null);
        try (ReportLog log = ReportLog.open(file)) {
            log.write(record("s", "x", "i", 42, "l", -7L, "d", 1.5, "big", new BigDecimal("12.50"), "t", true,
                    "f", false, "n", null, "bytes", new byte[] {0x00, 0x7f, (byte) 0xab, (byte) 0xff},
                    "list", Arrays.asList(1, "two", null, List.of()), "map", nested));
        }
        assertEquals("{\"s\":\"x\",\"i\":42,\"l\":-7,\"d\":1.5,\"big\":12.50,\"t\":true,\"f\":false,\"n\":null,"
                + "\"bytes\":\"007fabff\",\"list\":[1,\"two\",null,[]],\"map\":{\"cpu\":3,\"none\":null}}",
                lines(file).get(0));
    }

    @Test
    void writesNonFiniteNumbersAsNull() throws IOException {
        Path file = dir.resolve("report.jsonl");
        try (ReportLog log = ReportLog.open(file)) {
            log.write(record("nan", Double.NaN, "inf", Double.NEGATIVE_INFINITY, "fnan", Float.NaN,
                    "ok", 2.5f));
        }
        assertEquals("{\"nan\":null,\"inf\":null,\"fnan\":null,\"ok\":2.5}", lines(file).get(0));
    }

    @Test
    void escapesQuotesBackslashesAndEveryControlCharacter() throws IOException {
        Path file = dir.resolve("report.jsonl");
        try (ReportLog log = ReportLog.open(file)) {
            log.write(record("k\"ey", "a\"b\\c/\n\r\t\b\f\u0000\u001f\u007f end"));
        }
        String line = lines(file).get(0);
        assertEquals("{\"k\\\"ey\":\"a\\\"b\\\\c/\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f end\"}", line);
        for (char c : line.toCharArray()) {
            assertTrue(c >= 0x20 && c != 0x7f, "raw control character " + (int) c + " in " + line);
        }
    }

    @Test
    void writesCharactersBeyondTheBmpAsUtf8AndLoneSurrogatesEscaped() throws IOException {
        Path file = dir.resolve("report.jsonl");
        try (ReportLog log = ReportLog.open(file)) {
            log.write(record("emoji", "a\uD83D\uDE00b", "lone", "x\uD800y\uDC00"));
        }
        String hex = HexFormat.of().formatHex(Files.readAllBytes(file));
        assertTrue(hex.contains("61f09f988062"), "a, U+1F600 as four UTF-8 bytes, b: " + hex);
        assertEquals("{\"emoji\":\"a\uD83D\uDE00b\",\"lone\":\"x\\ud800y\\udc00\"}", lines(file).get(0));
    }

    @Test
    void refusesValuesWithoutAJsonForm() throws IOException {
        try (ReportLog log = ReportLog.open(dir.resolve("report.jsonl"))) {
            assertThrows(IllegalArgumentException.class, () -> log.write(record("o", new Object())));
            assertThrows(IllegalArgumentException.class, () -> log.write(record("m", Map.of(1, 2))));
        }
    }

    @Test
    void concurrentWritersNeverInterleaveWithinALine() throws Exception {
        Path file = dir.resolve("report.jsonl");
        int threads = 8;
        int perThread = 500;
        String padding = "p".repeat(300);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        try (ReportLog log = ReportLog.open(file)) {
            for (int t = 0; t < threads; t++) {
                int id = t;
                Thread writer = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < perThread; i++) {
                        log.write(record("thread", id, "i", i, "pad", padding));
                    }
                });
                writer.start();
                writers.add(writer);
            }
            start.countDown();
            for (Thread writer : writers) {
                writer.join();
            }
        }
        List<String> lines = lines(file);
        assertEquals(threads * perThread, lines.size());
        for (String line : lines) {
            assertTrue(line.matches("\\{\"thread\":\\d,\"i\":\\d+,\"pad\":\"p{300}\"}"), line);
        }
    }

    @Test
    void refusesAFileInAMissingDirectoryWithAClearMessage() {
        Path file = dir.resolve("missing/report.jsonl");
        IOException e = assertThrows(IOException.class, () -> ReportLog.open(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("does not exist"),
                e.getMessage());
    }

    @Test
    void refusesADirectory() {
        IOException e = assertThrows(IOException.class, () -> ReportLog.open(dir));
        assertTrue(e.getMessage().contains("is a directory"), e.getMessage());
    }

    @Test
    void disabledWritesNothingAndNeverFails() {
        ReportLog log = ReportLog.disabled();
        log.write(record("a", 1));
        log.close();
        assertNull(log.failure());
    }

    @Test
    void anIoErrorIsRememberedNotThrownAndStopsWriting() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "needs Linux's /dev/full, whose writes fail with ENOSPC");
        ReportLog log = ReportLog.open(full);
        assertNull(log.failure());
        log.write(record("a", 1));
        String failure = log.failure();
        assertNotNull(failure);
        assertTrue(failure.contains("/dev/full") && failure.contains("No space left"), failure);
        log.write(record("b", 2));
        assertEquals(failure, log.failure(), "the first failure stays; nothing more is tried");
        log.close();
    }

    @Test
    void writesAfterCloseAreIgnored() throws IOException {
        Path file = dir.resolve("report.jsonl");
        ReportLog log = ReportLog.open(file);
        log.write(record("a", 1));
        log.close();
        log.write(record("b", 2));
        assertEquals(List.of("{\"a\":1}"), lines(file));
        assertNull(log.failure());
    }
}
