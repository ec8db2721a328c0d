package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

class Crc32Test {

    @Test
    void matchesJavaUtilZip() {
        XorShift64 random = new XorShift64(3);
        for (int length : new int[] {0, 1, 2, 15, 256, 4097, 100_000}) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            Crc32 ours = new Crc32();
            ours.update(data, 0, length / 2);
            ours.update(data, length / 2, length - length / 2);
            CRC32 reference = new CRC32();
            reference.update(data);
            assertEquals(reference.getValue(), ours.value(), "length " + length);
        }
    }

    @Test
    void textUpdateEqualsByteUpdateForAscii() {
        Crc32 text = new Crc32();
        text.update("123456789");
        assertEquals(0xCBF43926L, text.value());
        Crc32 bytes = new Crc32();
        bytes.update("123456789".getBytes(StandardCharsets.US_ASCII));
        assertEquals(text.value(), bytes.value());
    }
}
