package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class BlowfishTest {

    /** Eric Young's published variable-key ECB vectors (key, plaintext, ciphertext). */
    private static final String[][] ECB = {
        {"0000000000000000", "0000000000000000", "4EF997456198DD78"},
        {"FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF", "51866FD5B85ECB8A"},
        {"3000000000000000", "1000000000000001", "7D856F9A613063F2"},
        {"1111111111111111", "1111111111111111", "2466DD878B963C9D"},
        {"0123456789ABCDEF", "1111111111111111", "61F9C3802281B096"},
        {"1111111111111111", "0123456789ABCDEF", "7D0CC630AFDA1EC7"},
        {"FEDCBA9876543210", "0123456789ABCDEF", "0ACEAB0FC6A0A28D"},
        {"7CA110454A1A6E57", "01A1D6D039776742", "59C68245EB05282B"},
    };

    /** SSLeay bftest.c: 16-byte key, IV and the 29-byte message (with its NUL). */
    private static final byte[] KEY16 = BlowfishSample.hex("0123456789ABCDEFF0E1D2C3B4A59687");
    private static final byte[] IV = BlowfishSample.hex("FEDCBA9876543210");
    private static final byte[] MESSAGE = "7654321 Now is the time for \0".getBytes(StandardCharsets.US_ASCII);

    @Test
    void tablesAreTheHexDigitsOfPi() {
        assertEquals(18, BlowfishTables.P.length);
        assertEquals(0x243F6A88, BlowfishTables.P[0]);
        assertEquals(0x8979FB1B, BlowfishTables.P[17]);
        assertEquals(0xD1310BA6, BlowfishTables.S0[0]);
        assertEquals(0x3AC372E6, BlowfishTables.S3[255]);
        assertEquals(256, BlowfishTables.S1.length);
        assertEquals(256, BlowfishTables.S2.length);
    }

    @Test
    void ecbKnownAnswersBothWays() {
        for (String[] v : ECB) {
            Blowfish bf = new Blowfish(BlowfishSample.hex(v[0]));
            byte[] block = BlowfishSample.hex(v[1]);
            bf.encryptBlock(block, 0);
            assertEquals(v[2], BlowfishSample.toHex(block, 0, 8), "key " + v[0]);
            bf.decryptBlock(block, 0);
            assertEquals(v[1], BlowfishSample.toHex(block, 0, 8), "key " + v[0]);
        }
    }

    @Test
    void cbcKnownAnswer() {
        Blowfish bf = new Blowfish(KEY16);
        byte[] padded = java.util.Arrays.copyOf(MESSAGE, 32);
        byte[] cipher = new byte[32];
        bf.cbc(padded, 0, cipher, 0, 32, IV.clone(), true);
        assertEquals("6B77B4D63006DEE605B156E27403979358DEB9E7154616D959F1652BD5FF92CC",
                BlowfishSample.toHex(cipher, 0, 32));
        byte[] back = new byte[32];
        bf.cbc(cipher, 0, back, 0, 32, IV.clone(), false);
        assertArrayEquals(padded, back);
    }

    @Test
    void cfb64KnownAnswerInPiecesOfAnyLength() {
        Blowfish bf = new Blowfish(KEY16);
        String expected = "E73214A2822139CAF26ECF6D2EB9E76E3DA3DE04D1517200519D57A6C3";
        for (int split : new int[] {29, 1, 13, 8}) {
            byte[] cipher = new byte[MESSAGE.length];
            byte[] ivec = IV.clone();
            int[] num = {0};
            bf.cfb64(MESSAGE, 0, cipher, 0, split, ivec, num, true);
            bf.cfb64(MESSAGE, split, cipher, split, MESSAGE.length - split, ivec, num, true);
            assertEquals(expected, BlowfishSample.toHex(cipher, 0, cipher.length), "split " + split);

            byte[] back = new byte[MESSAGE.length];
            ivec = IV.clone();
            num[0] = 0;
            bf.cfb64(cipher, 0, back, 0, MESSAGE.length - split, ivec, num, false);
            bf.cfb64(cipher, MESSAGE.length - split, back, MESSAGE.length - split, split, ivec, num, false);
            assertArrayEquals(MESSAGE, back, "split " + split);
        }
    }

    @Test
    void roundTripsGeneratedText() {
        byte[] key = BlowfishSample.hex("1234567890ABCDEF");
        Blowfish bf = new Blowfish(key);
        byte[] text = new byte[4096];
        BlowfishSample.generateText(new XorShift64(11), text, text.length);
        byte[] cipher = new byte[text.length];
        byte[] back = new byte[text.length];
        bf.cbc(text, 0, cipher, 0, text.length, new byte[8], true);
        bf.cbc(cipher, 0, back, 0, text.length, new byte[8], false);
        assertArrayEquals(text, back);
    }

    @Test
    void longKeysAreCutAt72Bytes() {
        byte[] key = new byte[80];
        new XorShift64(5).nextBytes(key);
        byte[] a = new byte[8];
        byte[] b = new byte[8];
        new Blowfish(key).encryptBlock(a, 0);
        new Blowfish(key, 0, 72).encryptBlock(b, 0);
        assertArrayEquals(a, b);
    }
}
