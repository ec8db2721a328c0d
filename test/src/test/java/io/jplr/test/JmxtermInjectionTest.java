package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An operator injects a fault with jmxterm, attached to the master by pid, into a running TMR job. The job
 * ends with the native output, and reports the divergence of the replica the fault went into.
 */
class JmxtermInjectionTest extends FaultyWorkloadRuns {
    private static final Path JMXTERM = Path.of(System.getProperty("jplr.jmxterm.jar", "target/jmxterm/jmxterm.jar"));

    @Test
    void aFaultInjectedWithJmxtermIsReportedAndRepaired() throws Exception {
        Launch launch = injectableAtGate("TMR");
        String session;
        Run run;
        try (LiveRun live = LiveRun.start(launch)) {
            live.awaitOutput(BEFORE_GATE);
            session = jmxterm(live.master().pid(), "open " + live.master().pid(),
                    "get -b io.jplr:type=FaultInjector Replicas",
                    "run -b io.jplr:type=FaultInjector corruptNextOutput 2",
                    "close");
            live.send("go");
            run = live.finish();
        }
        assertTrue(session.contains("Replicas = 3;"), session);
        assertTrue(session.contains("replica 2 (pid "), "the operation's description:\n" + session);
        Workload.assertLikeNative(expected, run, file());
        List<Map<String, Object>> divergences = report().events("divergence");
        assertEquals(1, divergences.size(), report()::toString);
        assertEquals(2L, Report.number(divergences.get(0), "replica"), report()::toString);
        assertEquals(1, run.jplrLines().size(), run::toString);
        assertTrue(run.jplrLines().get(0).startsWith("jplr: replica 2 "), run::toString);
    }

    /** Runs jmxterm non-interactively with {@code commands} on its stdin; returns what it printed. */
    private static String jmxterm(long pid, String... commands) throws IOException, InterruptedException {
        // jmxterm lists JVMs through jconsole's internal class, which JDK 9+ does not export by default.
        ProcessBuilder builder = new ProcessBuilder(Jvm.current().java().toString(),
                "--add-exports", "jdk.jconsole/sun.tools.jconsole=ALL-UNNAMED", "-jar", JMXTERM.toString(), "-n",
                "-v", "verbose").redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().write((String.join("\n", commands) + "\nquit\n").getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "jmxterm did not end");
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text;
    }
}
