package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PayloadDigestTest {
    @Test
    void equalBytesHaveEqualDigests() {
        byte[] bytes = "line 100 4f2599cca7870dde\n".getBytes();
        assertEquals(PayloadDigest.of(bytes), PayloadDigest.of(bytes.clone()));
    }

    @Test
    void everySingleFlippedBitChangesBothHalves() {
        byte[] bytes = new byte[37];
        new Random(1).nextBytes(bytes);
        PayloadDigest original = PayloadDigest.of(bytes);
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] flipped = bytes.clone();
            flipped[bit / 8] ^= (byte) (1 << (bit % 8));
            PayloadDigest digest = PayloadDigest.of(flipped);
            assertNotEquals(original.high, digest.high, "bit " + bit);
            assertNotEquals(original.low, digest.low, "bit " + bit);
        }
    }

    @Test
    void trailingZerosAndLengthCount() {
        Set<PayloadDigest> digests = new HashSet<>();
        for (int length = 0; length <= 64; length++) {
            digests.add(PayloadDigest.of(new byte[length]));
        }
        assertEquals(65, digests.size(), "all-zero payloads of every length differ");
    }

    @Test
    void manyRandomPayloadsDoNotCollide() {
        Random random = new Random(7);
        Set<PayloadDigest> digests = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            digests.add(PayloadDigest.of(bytes));
        }
        // Duplicated random payloads (short ones) are the only way to get equal digests.
        assertEquals(100_000, digests.size() + duplicatesAmongShortPayloads(7));
    }

    private static int duplicatesAmongShortPayloads(long seed) {
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        int duplicates = 0;
        for (int i = 0; i < 100_000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            if (!seen.add(java.util.HexFormat.of().formatHex(bytes))) {
                duplicates++;
            }
        }
        return duplicates;
    }
}
