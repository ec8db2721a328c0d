package samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/** Test helpers: run a sample in-process and checksum what it printed. */
final class SampleOutput {

    private SampleOutput() {
    }

    static byte[] capture(String name, Size size) throws Exception {
        Sample sample = SampleRegistry.find(name).orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            sample.run(size, new String[0], out);
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] data) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    /** The committed checksums, from the classpath resource other modules read too. */
    static Properties expectedChecksums() {
        Properties properties = new Properties();
        try (InputStream in = SampleOutput.class.getResourceAsStream("/checksums.properties")) {
            if (in == null) {
                throw new IllegalStateException("checksums.properties missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
