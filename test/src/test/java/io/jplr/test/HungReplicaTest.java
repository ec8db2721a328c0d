package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.BigWrite;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A replica that stops making progress (SIGSTOP) while the others write much more than the master keeps for
 * it: the master stops reading the others until the slowest catches up, and once the slowest has made no
 * progress for the stall timeout, stops it as hung. Under TMR the run then ends correctly with the other
 * two, and the master's memory stayed bounded throughout. The limits are lowered for the test through the
 * master's internal knobs.
 */
class HungReplicaTest {
    @Test
    void tmrStopsAHungReplicaAndFinishesWithTheOthers() throws Exception {
        Run expected = Launch.on(Jvm.current()).app(BigWrite.class).run();
        Process master = Launch.under("TMR", Jvm.current())
                .option("-Djplr.retainLimit=1048576")
                .option("-Djplr.stallMillis=2000")
                .app(BigWrite.class).start();
        CompletableFuture<byte[]> out = Launch.drain(master.getInputStream());
        CompletableFuture<byte[]> err = Launch.drain(master.getErrorStream());
        master.getOutputStream().close();
        List<ProcessHandle> replicas = Replicas.await(master, 3);
        assertEquals(3, replicas.size());
        long stopped = replicas.get(0).pid();
        String cmdline = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + stopped + "/cmdline"));
        int marker = cmdline.indexOf("-Djplr.replica=") + "-Djplr.replica=".length();
        String index = cmdline.substring(marker, cmdline.indexOf(':', marker));
        new ProcessBuilder("kill", "-STOP", Long.toString(stopped)).start().waitFor();
        try {
            assertTrue(master.waitFor(60, TimeUnit.SECONDS), "the run must not wait forever on a hung replica");
            String messages = new String(err.join());
            assertEquals(0, master.exitValue(), messages);
            assertArrayEquals(expected.stdout(), out.join());
            String[] lines = messages.split("\n", -1);
            StringBuilder application = new StringBuilder();
            int jplrLines = 0;
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("jplr: ")) {
                    jplrLines++;
                    assertTrue(lines[i].startsWith("jplr: replica " + index + " fell")
                            && lines[i].contains("made no progress"), lines[i]);
                } else {
                    application.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
                }
            }
            assertEquals(1, jplrLines, "one line about the hung replica");
            assertEquals(new String(expected.stderr()), application.toString(), "the application's stderr");
        } finally {
            new ProcessBuilder("kill", "-KILL", Long.toString(stopped)).start().waitFor();
            master.destroyForcibly();
        }
    }
}
