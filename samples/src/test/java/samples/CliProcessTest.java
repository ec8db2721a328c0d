package samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Runs the I/O samples in a fresh JVM, where exit, halt and uncaught exceptions really happen. */
class CliProcessTest {

    private static final String NL = System.lineSeparator();

    private record Result(int status, byte[] stdout, String stderr) {
        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    private static Result run(byte[] stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        // Drain both pipes concurrently so neither can fill up and block the child.
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        try (var in = process.getOutputStream()) {
            in.write(stdin);
        }
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        return new Result(process.exitValue(), out.get(), new String(err.get(), StandardCharsets.UTF_8));
    }

    private static byte[] readAll(java.io.InputStream in) {
        try {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void exitWithArgumentRunsHook() throws Exception {
        Result r = run(new byte[0], "exit", "small", "7");
        assertEquals(7, r.status());
        assertEquals("exiting with 7" + NL + "hook" + NL, r.out());
        assertEquals("bye" + NL, r.stderr());
    }

    @Test
    void exitDefaultsToThree() throws Exception {
        assertEquals(3, run(new byte[0], "exit").status());
    }

    @Test
    void haltSkipsHook() throws Exception {
        Result r = run(new byte[0], "halt");
        assertEquals(5, r.status());
        assertEquals("halting" + NL, r.out());
        assertEquals("", r.stderr());
    }

    @Test
    void throwPrintsStackTraceAndExitsOne() throws Exception {
        Result r = run(new byte[0], "throw");
        assertEquals(1, r.status());
        assertEquals("about to fail" + NL, r.out());
        assertTrue(r.stderr().startsWith(
                "Exception in thread \"main\" java.lang.IllegalStateException: sample failure"), r.stderr());
    }

    @Test
    void catCopiesBinaryStdin() throws Exception {
        byte[] input = new byte[70_000];
        for (int i = 0; i < input.length; i++) {
            input[i] = (byte) (i * 131 + (i >> 8));
        }
        Result r = run(input, "cat");
        assertEquals(0, r.status());
        assertArrayEquals(input, r.stdout());
        assertEquals("", r.stderr());
    }

    @Test
    void linesNumbersLinesAndCountsOnStderr() throws Exception {
        Result r = run("alpha\nbeta\n\ngamma".getBytes(StandardCharsets.UTF_8), "lines");
        assertEquals(0, r.status());
        assertEquals("1: alpha" + NL + "2: beta" + NL + "3: " + NL + "4: gamma" + NL, r.out());
        assertEquals("4 lines" + NL, r.stderr());
    }

    @Test
    void identityCountsStdinAndInterleaves() throws Exception {
        Result r = run(new byte[12345], "identity");
        assertEquals(0, r.status());
        String[] lines = r.out().split(NL);
        assertEquals(21, lines.length);
        assertEquals("stdin bytes: 12345", lines[0]);
        for (int i = 0; i < 10; i++) {
            assertTrue(lines[1 + 2 * i].matches("identityHashCode " + i + ": -?\\d+"), lines[1 + 2 * i]);
            assertEquals("io " + i, lines[2 + 2 * i]);
        }
    }

    @Test
    void unknownSampleExitsTwo() throws Exception {
        Result r = run(new byte[0], "nosuch");
        assertEquals(2, r.status());
        assertEquals("samples: unknown sample 'nosuch' (try 'list')" + NL, r.stderr());
    }
}
