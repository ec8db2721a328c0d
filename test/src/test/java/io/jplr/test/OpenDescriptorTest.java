package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.HoldsFileOpen;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** While the application holds a file open, only the master has it open; no replica lists it in /proc/PID/fd. */
class OpenDescriptorTest {
    @TempDir
    Path directory;

    @Test
    void onlyTheMasterHoldsTheApplicationsFiles() throws Exception {
        Path file = directory.resolve("held.txt");
        Files.writeString(file, "held");
        Process master = Launch.under("TMR", Jvm.current()).app(HoldsFileOpen.class, file.toString()).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(master.getInputStream(),
                    StandardCharsets.UTF_8));
            assertEquals("open: 104 4 4", out.readLine());
            List<ProcessHandle> replicas = Replicas.await(master, 3);
            assertEquals(3, replicas.size());
            Path real = file.toRealPath();
            assertEquals(3, openings(master.pid(), real), "the master holds the file open three times");
            for (ProcessHandle replica : replicas) {
                assertEquals(0, openings(replica.pid(), real), "replica " + replica.pid() + " holds the file open");
            }
            try (OutputStream in = master.getOutputStream()) {
                in.write("\n".getBytes(StandardCharsets.UTF_8));
            }
            assertEquals("closed", out.readLine());
            assertTrue(master.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, master.exitValue());
        } finally {
            master.destroyForcibly();
        }
    }

    /** How many of the process's descriptors name the file. */
    private static long openings(long pid, Path file) throws IOException {
        List<Path> targets = new ArrayList<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            descriptors.forEach(descriptor -> {
                try {
                    targets.add(Files.readSymbolicLink(descriptor));
                } catch (IOException closedMeanwhile) {
                    // A descriptor closed while listing: not the file.
                }
            });
        }
        assertFalse(targets.isEmpty(), "no descriptors listed for " + pid);
        return targets.stream().filter(file::equals).count();
    }
}
