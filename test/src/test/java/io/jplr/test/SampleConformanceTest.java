package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sample, on every installed JDK, gives the same stdout, stderr and exit status natively and under
 * jPLR with the agent off, under DMR and under TMR, with the same piped stdin.
 */
class SampleConformanceTest {
    private static final byte[] STDIN = "first line\nsecond line\n\u00e9t\u00e9 \u2603\n\nlast, no newline"
            .getBytes(StandardCharsets.UTF_8);

    /**
     * Samples whose output is not a function of their input: clocks and random numbers (checked by
     * NondeterminismTest), identity hash codes (the same across replicas, not the same as a native run's),
     * and the clock probe's timings.
     */
    private static final List<String> NOT_REPEATABLE = List.of("nondeterminism", "identity", "clock");
    /** Samples that need a peer or a file (network, mapped files): NetworkTest and MappedFileTest run them so. */
    private static final List<String> NEEDS_A_PEER = List.of("http-server", "echo-client", "mapped-exchange",
            "mapped-peer", "mapped-access");

    static Stream<Arguments> samples() {
        List<Arguments> cases = new ArrayList<>();
        for (Jvm jvm : Jvm.all()) {
            for (String sample : SampleList.names()) {
                if (!NOT_REPEATABLE.contains(sample) && !NEEDS_A_PEER.contains(sample)) {
                    cases.add(Arguments.of(jvm, sample));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("samples")
    void sameAsNative(Jvm jvm, String sample) {
        Run expected = Launch.on(jvm).stdin(STDIN).sample(sample, "small").run();
        for (String mode : List.of("off", "DMR", "TMR")) {
            Run actual = Launch.under(mode, jvm).stdin(STDIN).sample(sample, "small").run();
            String context = sample + " under " + mode + " on " + jvm + "\n" + actual;
            assertEquals(expected.exitStatus(), actual.exitStatus(), context);
            assertArrayEquals(expected.stdout(), actual.stdout(), context);
            assertArrayEquals(expected.stderr(), actual.stderr(), context);
        }
        assertTrue(expected.stdout().length > 0 || expected.stderr().length > 0, "the sample printed nothing");
    }
}
