package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jplr-inject}, the command line, against real jobs: one injection, and a small campaign. */
class InjectToolTest extends FaultyWorkloadRuns {
    private static final Path TOOL = Path.of(System.getProperty("jplr.inject.jar",
            "../fault-injector/target/jplr-inject.jar"));

    @TempDir
    Path work;

    @Test
    void injectPutsOneFaultIntoARunningJob() throws Exception {
        Launch launch = injectableAtGate("TMR");
        String printed;
        Run run;
        try (LiveRun live = LiveRun.start(launch)) {
            live.awaitOutput(BEFORE_GATE);
            printed = tool("inject", "--pid", Long.toString(live.master().pid()), "--replica", "2", "--fault",
                    "output", "--seed", "7");
            live.send("go");
            run = live.finish();
        }
        assertTrue(printed.startsWith("replica 2 (pid "), printed);
        Workload.assertLikeNative(expected, run, file());
        assertEquals(2L, Report.number(report().events("divergence").get(0), "replica"), report()::toString);
    }

    @Test
    void aCampaignOfOutputFaultsUnderTmrIsAllCorrected() throws Exception {
        Path json = work.resolve("summary.json");
        Path csv = work.resolve("runs.csv");
        String table = tool("campaign", "--sample", "crc32", "--mode", "TMR", "--model", "output", "--runs", "3",
                "--seed", "5", "--json", json.toString(), "--csv", csv.toString(), "--agent",
                Launch.AGENT.toString(), "--samples-jar", Launch.SAMPLES.toString());
        Map<String, Object> summary = Report.parseObject(Files.readString(json));
        assertEquals(3L, Report.number(summary, "runs"), table);
        // Every output fault in one replica of three is outvoted: detected, and the output stays native.
        assertEquals(3L, Report.number(summary, "corrected"), table);
        assertEquals(0L, Report.number(summary, "sdc"), table);
        List<String> rows = Files.readAllLines(csv);
        assertEquals(4, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).startsWith("run,replica,model,"), rows.get(0));
    }

    /** Runs the tool; fails on a non-zero exit; returns its stdout. */
    private static String tool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Jvm.current().java().toString(), "-jar", TOOL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "jplr-inject did not end");
        String text = new String(out, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text;
    }
}
