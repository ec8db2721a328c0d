package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessCpuTimeTest {
    @TempDir
    Path directory;

    @Test
    void aBusyProcessUsesMoreTicksAsItRuns() {
        long pid = ProcessHandle.current().pid();
        long before = ProcessCpuTime.ticks(pid);
        assertTrue(before >= 0, "ticks of this JVM: " + before);
        long spin = System.nanoTime();
        long sink = 0;
        while (System.nanoTime() - spin < 300_000_000L) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }
        assertTrue(ProcessCpuTime.ticks(pid) > before, "after 0.3 s of spinning (" + sink + ")");
    }

    @Test
    void aStoppedProcessUsesNone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            new ProcessBuilder("kill", "-STOP", Long.toString(sleeper.pid())).start().waitFor();
            long ticks = ProcessCpuTime.ticks(sleeper.pid());
            assertTrue(ticks >= 0);
            Thread.sleep(100);
            assertEquals(ticks, ProcessCpuTime.ticks(sleeper.pid()));
        } finally {
            sleeper.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aNameWithSpacesAndParenthesesIsSkippedWhole() throws Exception {
        Path strange = Files.createSymbolicLink(directory.resolve("a ) b 1 2"), Path.of("/bin/sleep"));
        Process sleeper = new ProcessBuilder(strange.toString(), "30").start();
        try {
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!Files.readString(Path.of("/proc", Long.toString(sleeper.pid()), "stat")).contains("(a ) b 1 2)")
                    && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            long ticks = ProcessCpuTime.ticks(sleeper.pid());
            assertTrue(ticks >= 0 && ticks < 100, "a sleeping process's ticks, not another field: " + ticks);
        } finally {
            sleeper.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aProcessThatIsGoneIsUnknown() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        assertEquals(ProcessCpuTime.UNKNOWN, ProcessCpuTime.ticks(done.pid()));
    }
}
