package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;

import org.junit.jupiter.api.Test;

class Sha1Test {

    @Test
    void matchesMessageDigestForEveryLengthUpTo300() throws Exception {
        XorShift64 random = new XorShift64(42);
        for (int length = 0; length <= 300; length++) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            Sha1 sha = new Sha1();
            sha.update(message);
            assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(message), sha.digest(), "length " + length);
        }
    }

    @Test
    void matchesMessageDigestWhenFedInOddChunks() throws Exception {
        byte[] message = new byte[100_003];
        new XorShift64(7).nextBytes(message);
        for (int chunk : new int[] {1, 7, 63, 64, 65, 4099}) {
            Sha1 sha = new Sha1();
            for (int i = 0; i < message.length; i += chunk) {
                sha.update(message, i, Math.min(chunk, message.length - i));
            }
            assertArrayEquals(MessageDigest.getInstance("SHA-1").digest(message), sha.digest(), "chunk " + chunk);
        }
    }

    @Test
    void knownAnswer() {
        Sha1 sha = new Sha1();
        sha.update("abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertArrayEquals(new int[] {0xa9993e36, 0x4706816a, 0xba3e2571, 0x7850c26c, 0x9cd0d89d}, sha.digestWords());
    }
}
