package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workload's small and large output, run under TMR, has the SHA-256 committed in the samples jar's
 * checksums.properties (the samples' own tests check the same values natively).
 */
class SampleChecksumTest {
    static Stream<Arguments> checksums() throws IOException {
        Properties checksums = new Properties();
        try (JarFile jar = new JarFile(Launch.SAMPLES.toFile());
                InputStream in = jar.getInputStream(jar.getEntry("checksums.properties"))) {
            checksums.load(in);
        }
        List<Arguments> cases = new ArrayList<>();
        for (String key : new java.util.TreeSet<>(checksums.stringPropertyNames())) {
            int dot = key.lastIndexOf('.');
            cases.add(Arguments.of(key.substring(0, dot), key.substring(dot + 1), checksums.getProperty(key)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("checksums")
    void tmrOutputHasTheCommittedChecksum(String sample, String size, String expected) throws Exception {
        Run run = Launch.under("TMR", Jvm.current()).sample(sample, size).run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals("", run.err());
        assertEquals(expected, sha256(run.stdout()), () -> sample + " " + size + " printed:\n" + run.out());
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
