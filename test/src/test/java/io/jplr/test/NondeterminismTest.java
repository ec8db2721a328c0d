package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Clocks, random numbers, the pid, the processor count, memory figures and what RuntimeMXBean says of the JVM
 * (name, start, uptime, options) and ProcessHandle of the process itself (its description, its parent) are
 * inputs: the master reads them
 * once and every replica gets the same value, so healthy replicas never disagree. They are replicated, not
 * frozen: two runs see different values.
 */
class NondeterminismTest {
    private static final List<String> RANDOM = List.of("Random", "ThreadLocalRandom", "SecureRandom", "UUID",
            "Math.random", "currentTimeMillis", "Instant", "jvmStartTime");

    static List<Jvm> jvms() {
        return Jvm.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void replicasAgreeOnEveryNondeterministicValue(Jvm jvm) throws UnknownHostException {
        Run nativeRun = Launch.on(jvm).sample("nondeterminism").run();
        assertEquals("[]", values(nativeRun).get("jvmInputArguments"));
        assertEquals(String.valueOf(ProcessHandle.current().pid()), values(nativeRun).get("processParent"));
        String host = InetAddress.getLocalHost().getHostName();
        for (String mode : List.of("DMR", "TMR")) {
            Launch launch = Launch.under(mode, jvm).sample("nondeterminism");
            long launched = System.currentTimeMillis();
            Run first = launch.run();
            Run second = launch.run();
            long ended = System.currentTimeMillis();
            List<String> command = launch.command();
            String userOptions = command.subList(1, command.indexOf("-jar")).toString();
            for (Run run : List.of(first, second)) {
                assertEquals(0, run.exitStatus(), run::toString);
                assertEquals("", run.err(), "a disagreement was reported");
                Map<String, String> values = values(run);
                assertEquals(String.valueOf(run.pid()), values.get("pid"), "the pid is the master's");
                assertEquals(run.pid() + "@" + host, values.get("jvmName"), "RuntimeMXBean's name is the master's");
                assertEquals(userOptions, values.get("jvmInputArguments"), "the options are the user's");
                long started = Long.parseLong(values.get("jvmStartTime"));
                assertTrue(started >= launched - 1000 && started <= ended, "the master's start time: " + started);
                long uptime = Long.parseLong(values.get("jvmUptime"));
                assertTrue(uptime >= 0 && uptime <= ended - launched + 1000, "the master's uptime: " + uptime);
                String commandLine = values.get("processCommandLine");
                assertTrue(commandLine.endsWith(String.join(" ", command.subList(1, command.size()))), commandLine);
                assertEquals(String.valueOf(ProcessHandle.current().pid()), values.get("processParent"),
                        "the master's parent, this test");
                assertEquals(values(nativeRun).get("availableProcessors"), values.get("availableProcessors"));
                assertEquals("true", values.get("slept>=50ms"), "Thread.sleep(50) took at least 50 ms");
                assertEquals(values(nativeRun).keySet(), values.keySet(), "the same lines as natively");
            }
            for (String key : RANDOM) {
                assertNotEquals(values(first).get(key), values(second).get(key),
                        key + " must differ between two runs under " + mode);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void identityHashCodesPrintedAfterIoAgreeAcrossReplicas(Jvm jvm) {
        byte[] input = "some input\n".repeat(1000).getBytes();
        Run tmr = Launch.under("TMR", jvm).stdin(input).sample("identity").run();
        assertEquals(0, tmr.exitStatus(), tmr::toString);
        assertEquals("", tmr.err(), "the replicas disagreed on identity hash codes");
        assertTrue(tmr.out().startsWith("stdin bytes: " + input.length + "\n"), tmr::toString);
        // Same program, same input: the same hash codes again, however long each replica took.
        Run dmr = Launch.under("DMR", jvm).stdin(input).sample("identity").run();
        assertEquals(tmr.out(), dmr.out());
    }

    private static Map<String, String> values(Run run) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            int separator = line.indexOf(':');
            if (separator < 0) {
                separator = line.indexOf(' ');
            }
            if (separator > 0) {
                values.put(line.substring(0, separator).trim(), line.substring(separator + 1).trim());
            }
        }
        return values;
    }
}
