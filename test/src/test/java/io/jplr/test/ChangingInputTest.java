package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.RereadsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that another process (here: the test) rewrites while the program reads it: the master reads it
 * once per read and every replica receives the same bytes, so the replicas never disagree.
 */
class ChangingInputTest {
    @TempDir
    Path directory;

    @Test
    void aFileRewrittenDuringTheRunIsReadOnceAndReplicated() throws Exception {
        Path file = directory.resolve("changing.txt");
        Files.writeString(file, "first");
        AtomicBoolean running = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            int k = 0;
            while (running.get()) {
                try {
                    Files.writeString(file, (k++ % 2 == 0) ? "second" : "first");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        writer.start();
        Run run;
        try {
            run = Launch.under("TMR", Jvm.current()).app(RereadsFile.class, file.toString(), "300").run();
        } finally {
            running.set(false);
            writer.join();
        }
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals("", run.err(), "no divergence");
        String[] lines = run.out().split("\n");
        assertEquals(300, lines.length);
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String content = lines[i].substring(lines[i].indexOf(' ') + 1);
            // A read racing the rewrite may see it half done or mixed, natively too: only its length is bounded.
            assertTrue(content.length() <= "second".length(), lines[i]);
            seen.add(content);
        }
        assertTrue(seen.size() > 1, "the file changed during the run: " + seen);
    }
}
