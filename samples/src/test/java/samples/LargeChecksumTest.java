package samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The large run of every deterministic sample prints exactly the committed output. Kept apart
 * from {@link SmallChecksumTest} because each case takes about a second.
 */
class LargeChecksumTest {

    @ParameterizedTest
    @ValueSource(strings = {"adpcm", "basicmath", "bitcount", "blowfish", "crc32", "dijkstra", "fft", "jpeg-dct",
        "patricia", "qsort", "sha", "stringsearch", "susan", "threads"})
    void largeOutputMatchesCommittedChecksum(String name) throws Exception {
        String expected = SampleOutput.expectedChecksums().getProperty(name + ".large");
        assertEquals(expected, SampleOutput.sha256(SampleOutput.capture(name, Size.LARGE)), name + ".large");
    }
}
