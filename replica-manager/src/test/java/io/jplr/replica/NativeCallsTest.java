package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeCallsTest {
    private static final int SIGKILL = 9;

    @TempDir
    static Path directory;
    private static NativeCalls calls;

    @BeforeAll
    static void load() {
        calls = NativeCalls.load(directory);
    }

    @Test
    void loadsJnaFromTheJarItIsGivenAndLeavesOnlyThatJarBehind() throws IOException {
        assertTrue(calls.available(), calls.unavailableReason());
        assertNull(calls.unavailableReason());
        try (Stream<Path> files = Files.list(directory)) {
            assertEquals(List.of("jna.jar"), files.map(p -> p.getFileName().toString()).toList(),
                    "JNA deletes its extracted library once loaded");
        }
        assertNull(System.getProperty("jna.tmpdir"), "JNA's directory setting is put back");
    }

    @Test
    void jnaStaysOffTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.sun.jna.Native"));
    }

    @Test
    void readsTheCallingThreadsAffinity() throws IOException {
        assertArrayEquals(ThreadCpus.ofCallingThread(), calls.threadAffinity());
    }

    @Test
    void pinsTheCallingThreadOnly() throws IOException {
        int[] before = calls.threadAffinity();
        int last = before[before.length - 1];
        try {
            calls.setThreadAffinity(new int[] {last});
            assertArrayEquals(new int[] {last}, ThreadCpus.ofCallingThread());
            assertArrayEquals(before, ThreadCpus.ofFirstThread(), "other threads keep theirs");
        } finally {
            calls.setThreadAffinity(before);
        }
        assertArrayEquals(before, ThreadCpus.ofCallingThread());
    }

    @Test
    void aRefusedAffinitySaysWhy() throws IOException {
        int[] before = calls.threadAffinity();
        IOException e = assertThrows(IOException.class,
                () -> calls.setThreadAffinity(new int[] {CpuPlacement.MAX_CPUS - 1}));
        assertTrue(e.getMessage().contains("Invalid argument (errno 22)"), e.getMessage());
        assertArrayEquals(before, ThreadCpus.ofCallingThread());
    }

    @Test
    void signalZeroTellsALiveProcessFromAGoneOne() throws Exception {
        assertTrue(calls.signal(ProcessHandle.current().pid(), 0));
        Process ended = new ProcessBuilder("true").start();
        assertEquals(0, ended.waitFor());
        assertFalse(calls.signal(ended.pid(), 0));
    }

    @Test
    void aSignalReachesItsProcess() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            assertTrue(calls.signal(sleeper.pid(), SIGKILL));
            assertTrue(sleeper.waitFor(10, TimeUnit.SECONDS));
            assertEquals(128 + SIGKILL, sleeper.exitValue());
        } finally {
            sleeper.destroyForcibly();
        }
    }

    @Test
    void aSignalNoKernelHasIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> calls.signal(ProcessHandle.current().pid(), 999));
        assertTrue(e.getMessage().contains("Invalid argument"), e.getMessage());
    }

    @Test
    void aFailedLoadSaysWhyAndThrowsNothing(@TempDir Path parent) {
        NativeCalls missing = NativeCalls.load(parent.resolve("missing"));
        assertFalse(missing.available());
        assertTrue(missing.unavailableReason().contains("missing"), missing.unavailableReason());
        assertFalse(missing.unavailableReason().contains("\n"));
    }

    @Test
    void unavailableCallsSayWhyWhenUsed() {
        NativeCalls none = NativeCalls.unavailable("no JNA here");
        assertFalse(none.available());
        assertEquals("no JNA here", none.unavailableReason());
        IllegalStateException e = assertThrows(IllegalStateException.class, none::threadAffinity);
        assertEquals("native calls unavailable: no JNA here", e.getMessage());
        assertThrows(IllegalStateException.class, () -> none.signal(1, 0));
    }

    /** On JDK 24 and later the JVM warns on its terminal unless JNA's loader was granted native access. */
    @Test
    void aMasterWithJavaLangOpenPrintsNothing(@TempDir Path run) throws Exception {
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-D" + NativeCalls.JNA_JAR_PROPERTY + "=" + System.getProperty(NativeCalls.JNA_JAR_PROPERTY),
                "-cp", System.getProperty("java.class.path"), QuietNativeLoad.class.getName(), run.toString())
                .start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(jvm.getErrorStream()));
        String out = text(jvm.getInputStream());
        assertTrue(jvm.waitFor(60, TimeUnit.SECONDS));
        assertEquals("", err.get());
        assertEquals("available", out);
    }

    private static String text(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
