package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: its usage errors (2), its one-line failures (1), and what works without a job. */
class InjectToolTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void helpAndVersionSucceed() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("campaign"), out.toString());
        assertEquals(0, run("campaign", "--help"));
        assertTrue(out.toString().contains("--model=MODEL"), out.toString());
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("jplr-inject"), out.toString());
    }

    @Test
    void aMissingSubcommandIsAUsageError() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Missing required subcommand"), err.toString());
    }

    @Test
    void unknownOptionsAndValuesAreUsageErrors() {
        assertEquals(2, run("inject", "--pid", "1", "--replica", "0"));
        assertTrue(err.toString().contains("Missing required option: '--fault=MODEL'"), err.toString());
        assertUsageError("'bitrot' is not a fault: heap, register, memory, output, crash, hang, slow, random",
                "inject", "--pid", "1", "--replica", "0", "--fault", "bitrot");
        assertUsageError("--fault heap needs --replica", "inject", "--pid", "1", "--fault", "heap");
        assertUsageError("--fault random draws the replica itself", "inject", "--pid", "1", "--replica", "0",
                "--fault", "random");
        assertUsageError("--branch applies only to --fault register", "inject", "--pid", "1", "--replica", "0",
                "--fault", "heap", "--branch", "5");
        assertUsageError("--fault slow needs --millis", "inject", "--pid", "1", "--replica", "0", "--fault", "slow");
        assertUsageError("Invalid value for option '--pid'", "inject", "--pid", "one", "--replica", "0",
                "--fault", "heap");
    }

    @Test
    void campaignOptionsAreCheckedBeforeAnythingRuns() {
        String[] base = {"campaign", "--sample", "crc32", "--runs", "3", "--seed", "1"};
        assertUsageError("'QMR' is not a mode: off, DMR or TMR", join(base, "--mode", "QMR", "--model", "heap"));
        assertUsageError("'slow' is not a campaign model: heap, register, memory, output, crash, hang",
                join(base, "--mode", "tmr", "--model", "slow"));
        assertUsageError("--size must be small or large", join(base, "--mode", "dmr", "--model", "heap", "--size",
                "huge"));
        assertUsageError("--bits applies only to --model memory", join(base, "--mode", "TMR", "--model", "heap",
                "--bits", "2"));
        assertUsageError("'2' is not a duration such as 500ms, 2s or 1m", join(base, "--mode", "TMR", "--model",
                "heap", "--timeout", "2"));
        assertUsageError("--timeout must be at least 100ms", join(base, "--mode", "Off", "--model", "heap",
                "--timeout", "50ms"));
        assertUsageError("--jobs must be 1 or more", join(base, "--mode", "off", "--model", "heap", "--jobs", "0"));
        assertEquals(2, run("campaign", "--sample", "crc32", "--mode", "TMR", "--model", "heap", "--seed", "1"));
        assertTrue(err.toString().contains("--runs=N"), err.toString());
    }

    @Test
    void aMissingAgentIsAOneLineFailure() {
        int status = run("campaign", "--sample", "crc32", "--mode", "TMR", "--model", "heap", "--runs", "1",
                "--seed", "1", "--agent", dir.resolve("nope.jar").toString());
        assertEquals(1, status);
        assertEquals("jplr-inject: the jPLR agent jar not found: " + dir.resolve("nope.jar") + "\n",
                err.toString());
    }

    @Test
    void injectIntoNoProcessIsAOneLineFailure() {
        long pid = unusedPid();
        assertEquals(1, run("inject", "--pid", Long.toString(pid), "--replica", "0", "--fault", "heap"));
        assertEquals("jplr-inject: no process with pid " + pid + "\n", err.toString());
    }

    @Test
    void injectIntoItselfIsRefused() {
        long pid = ProcessHandle.current().pid();
        assertEquals(1, run("inject", "--pid", Long.toString(pid), "--replica", "0", "--fault", "heap"));
        assertEquals("jplr-inject: pid " + pid + " is jplr-inject itself\n", err.toString());
    }

    @Test
    void chartWritesAnSvgFromSummaries() throws IOException {
        Path tmr = dir.resolve("tmr.json");
        Path off = dir.resolve("off.json");
        Files.writeString(tmr, "{\"sample\":\"sha\",\"mode\":\"TMR\",\"model\":\"heap\",\"seed\":1,\"runs\":2,"
                + "\"masked\":1,\"corrected\":1,\"stopped\":0,\"sdc\":0,\"hang\":0,\"crash\":0}\n");
        Files.writeString(off, "{\"sample\":\"sha\",\"mode\":\"off\",\"model\":\"heap\",\"seed\":1,\"runs\":2,"
                + "\"masked\":1,\"corrected\":0,\"stopped\":0,\"sdc\":1,\"hang\":0,\"crash\":0}\n");
        Path svg = dir.resolve("chart.svg");
        assertEquals(0, run("chart", "--out", svg.toString(), tmr.toString(), off.toString()));
        String chart = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(chart.contains("data-mode=\"off\"") && chart.contains("data-mode=\"TMR\""), chart);
    }

    @Test
    void chartSaysWhichFileIsNoSummary() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"sample\":\"sha\"}");
        assertEquals(1, run("chart", "--out", dir.resolve("c.svg").toString(), bad.toString()));
        assertEquals("jplr-inject: " + bad + " is not a campaign summary: no \"masked\"\n", err.toString());
        assertEquals(2, run("chart", "--out", dir.resolve("c.svg").toString()));
    }

    private void assertUsageError(String message, String... args) {
        int status = run(args);
        String printed = err.toString();
        assertEquals(2, status, printed);
        assertTrue(printed.contains(message), printed);
        assertTrue(printed.contains("Usage:"), printed);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return InjectTool.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String[] join(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** A pid no process has: above every live one, below the kernel's usual limit. */
    private static long unusedPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid--;
        }
        return pid;
    }
}
