package samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The small run of every deterministic sample prints exactly the committed output. */
class SmallChecksumTest {

    @ParameterizedTest
    @ValueSource(strings = {"adpcm", "basicmath", "bitcount", "blowfish", "crc32", "dijkstra", "fft", "jpeg-dct",
        "patricia", "qsort", "sha", "stringsearch", "susan", "threads"})
    void smallOutputMatchesCommittedChecksum(String name) throws Exception {
        String expected = SampleOutput.expectedChecksums().getProperty(name + ".small");
        assertEquals(expected, SampleOutput.sha256(SampleOutput.capture(name, Size.SMALL)), name + ".small");
    }
}
