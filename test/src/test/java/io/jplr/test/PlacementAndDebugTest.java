package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where replicas run, and how one of them is debugged. With as many CPUs as replicas (DMR on this 2-CPU
 * machine), each replica is pinned to a CPU of its own from its start, and a diverging replica implicates its
 * CPU among the suspect cores. {@code plr.debug=K} gives replica K a JDWP agent a debugger can attach to.
 */
class PlacementAndDebugTest extends FaultyWorkloadRuns {
    private static final byte[] JDWP_HANDSHAKE = "JDWP-Handshake".getBytes(StandardCharsets.US_ASCII);


    @Test
    void dmrReplicasArePinnedToCpusOfTheirOwnAndTheLosersCpuIsSuspect() throws Exception {
        Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs two CPUs");
        try (LiveRun live = LiveRun.start(under("DMR", "-Djplr.test.faultyReplica=1", "-Dfault.line.1=300",
                "-Dworkload.gates=200"))) {
            live.awaitOutput("\nline 199 ");
            String first = allowedCpus(live.replica(0));
            String second = allowedCpus(live.replica(1));
            assertTrue(first.matches("\\d+") && second.matches("\\d+"), first + " / " + second);
            assertNotEquals(first, second, "each replica on a CPU of its own");
            live.send("go");
            Run run = live.finish();
            Workload.assertLikeNative(expected, run, file());
            Report records = report();
            assertEquals(true, records.events("placement").get(0).get("pinned"), records::toString);
            @SuppressWarnings("unchecked")
            Map<String, Object> suspects = (Map<String, Object>) records.end().get("suspectCores");
            assertEquals(Map.of(second, 1L), Map.copyOf(suspects).entrySet().stream().collect(
                    java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> ((Number) e.getValue()).longValue())),
                    "the CPU of replica 1, which lost the tie-break: " + records);
        }
    }

    @Test
    void theDebuggedReplicaAcceptsADebuggerAndTheRunGoesOn() throws Exception {
        try (LiveRun live = LiveRun.start(under("TMR", "-Dplr.debug=1", "-Dworkload.gates=100"))) {
            live.awaitOutput("\nline 99 ");
            Report.await(reportFile(), "debug", 1, live.master());
            String address = (String) report().events("debug").get(0).get("address");
            Matcher hostPort = Pattern.compile("127\\.0\\.0\\.1:(\\d+)").matcher(address);
            assertTrue(hostPort.matches(), address);
            try (Socket debugger = new Socket()) {
                debugger.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(hostPort.group(1))), 10_000);
                OutputStream out = debugger.getOutputStream();
                out.write(JDWP_HANDSHAKE);
                out.flush();
                InputStream in = debugger.getInputStream();
                assertArrayEquals(JDWP_HANDSHAKE, in.readNBytes(JDWP_HANDSHAKE.length), "a JDWP agent answers");
            }
            live.send("go");
            Run run = live.finish();
            assertEquals(expected.run().out(), run.out());
            assertEquals(0, run.exitStatus(), run::toString);
            List<String> lines = run.jplrLines();
            assertEquals(List.of("jplr: replica 1 accepts a debugger on " + address), lines, run::toString);
        }
    }

    private static String allowedCpus(ProcessHandle replica) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + replica.pid() + "/status"))) {
            if (line.startsWith("Cpus_allowed_list:")) {
                return line.substring(line.indexOf(':') + 1).strip();
            }
        }
        return "";
    }
}
