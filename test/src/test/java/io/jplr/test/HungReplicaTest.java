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
 * sign of life for plr.timeout, finds it hung (one line naming it) and replaces it. Under TMR the run then
 * ends correctly, and the master's memory stayed bounded throughout. The limits are lowered for the test
 * through the master's internal knobs.
 */
class HungReplicaTest {
    @Test
    void tmrStopsAHungReplicaAndFinishesWithTheOthers() throws Exception {
        Run expected = Launch.on(Jvm.current()).app(BigWrite.class).run();
        Process master = Launch.under("TMR", Jvm.current())
                .option("-Djplr.retainLimit=1048576")
                .option("-Dplr.timeout=2s")
                .app(BigWrite.class).start();
        CompletableFuture<byte[]> out = Launch.drain(master.getInputStream());
        CompletableFuture<byte[]> err = Launch.drain(master.getErrorStream());
        master.getOutputStream().close();
        List<ProcessHandle> replicas = Replicas.await(master, 3);
        assertEquals(3, replicas.size());
        long stopped = replicas.get(0).pid();
        int index = Replicas.slot(replicas.get(0));
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
                    assertTrue(lines[i].startsWith("jplr: replica " + index + " ") && lines[i].contains("hung"),
                            lines[i]);
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
