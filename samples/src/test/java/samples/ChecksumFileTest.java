package samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The checksum file shipped in the jar is the one the tests check, and it is complete. */
class ChecksumFileTest {

    private static final Set<String> DETERMINISTIC =
            Set.of("adpcm", "basicmath", "bitcount", "blowfish", "crc32", "dijkstra", "fft", "jpeg-dct",
                    "patricia", "qsort", "sha", "stringsearch", "susan", "threads");

    @Test
    void mainAndTestCopiesAreIdentical() throws Exception {
        // Surefire runs with the module directory as working directory.
        byte[] main = Files.readAllBytes(Path.of("src/main/resources/checksums.properties"));
        byte[] test = Files.readAllBytes(Path.of("src/test/resources/checksums.properties"));
        assertArrayEquals(main, test);
    }

    @Test
    void everyWorkloadIsChecksummed() {
        for (Sample sample : SampleRegistry.all()) {
            if (sample.category() != Category.IO) {
                assertTrue(DETERMINISTIC.contains(sample.name()), sample.name() + " has no committed checksums");
            }
        }
    }

    @Test
    void hasSmallAndLargeForEveryDeterministicSample() {
        Properties properties = SampleOutput.expectedChecksums();
        Set<String> expectedKeys = new TreeSet<>();
        for (String name : DETERMINISTIC) {
            assertTrue(SampleRegistry.find(name).isPresent(), name);
            expectedKeys.add(name + ".small");
            expectedKeys.add(name + ".large");
        }
        assertEquals(expectedKeys, new TreeSet<>(properties.stringPropertyNames()));
        for (String key : expectedKeys) {
            assertTrue(properties.getProperty(key).matches("[0-9a-f]{64}"), key);
        }
    }
}
