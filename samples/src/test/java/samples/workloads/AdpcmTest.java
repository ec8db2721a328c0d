package samples.workloads;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdpcmTest {

    /** The 80-sample input of the known answer: mixed steps, then full-scale swings. */
    private static short[] knownInput() {
        short[] x = new short[80];
        for (int i = 0; i < x.length; i++) {
            int v = ((i * 7919) % 2001 - 1000) * (1 + i / 16) * 3;
            if (i >= 60 && i < 64) {
                v = i % 2 == 0 ? 32767 : -32768;
            }
            x[i] = (short) v;
        }
        return x;
    }

    /** Computed independently with CPython's audioop.lin2adpcm / adpcm2lin (same IMA tables). */
    private static final String KNOWN_CODES =
            "F777771999AAAAABFFA99AAA777880880989898999A9AAAA7771888988897F7F3880888780888088";
    private static final short[] KNOWN_DECODED = {
        -11, 19, 82, 218, 511, 1142, 1413, 1167, 944, 740, 432, 152, -103, -334, -544, -811, -1332, -2452,
        -3253, -3689, -4086, -4687, -5234, -5731, -4374, -1464, 4772, 3881, 3071, 3807, 3138, 2530, 3083,
        1574, 1117, -129, -507, -1537, -1849, -2701, -3475, -4178, -5244, -5826, -6707, -7508, -8236, -8898,
        -7094, -3221, 5081, 8640, 7562, 6582, 5691, 3260, 2524, 1855, 1247, -413, 7135, -9045, 25642, -32768,
        -4099, -7823, -11208, -8131, -10929, -13472, -15784, 15749, 11654, 15378, 11993, 8916, 6118, 8661,
        6349, 4247,
    };

    @Test
    void knownAnswer() {
        short[] x = knownInput();
        byte[] code = new byte[40];
        Adpcm.State coder = new Adpcm.State();
        assertEquals(40, Adpcm.coder(x, 0, code, 0, x.length, coder));
        assertEquals(KNOWN_CODES, BlowfishSample.toHex(code, 0, 40));
        assertEquals(4247, coder.valprev);
        assertEquals(80, coder.index);

        short[] y = new short[80];
        Adpcm.State decoder = new Adpcm.State();
        Adpcm.decoder(code, 0, y, 0, 80, decoder);
        assertArrayEquals(KNOWN_DECODED, y);
        assertEquals(coder.valprev, decoder.valprev);
        assertEquals(coder.index, decoder.index);
    }

    @Test
    void decodedSineTracksTheInput() {
        short[] x = new short[8000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (short) Math.round(10000 * StrictMath.sin(2 * StrictMath.PI * 440 * i / 8000.0));
        }
        byte[] code = new byte[x.length / 2];
        Adpcm.coder(x, 0, code, 0, x.length, new Adpcm.State());
        short[] y = new short[x.length];
        Adpcm.decoder(code, 0, y, 0, x.length, new Adpcm.State());
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < x.length; i++) {
            int error = Math.abs(x[i] - y[i]);
            if (i >= 100) { // after the step size has adapted
                assertTrue(error <= 600, "sample " + i + " error " + error);
            }
            signal += (double) x[i] * x[i];
            noise += (double) error * error;
        }
        assertTrue(10 * Math.log10(signal / noise) > 20, "SNR above 20 dB");
    }

    @Test
    void chunkedCodingEqualsOneCallAndOddLengthsFlush() {
        AdpcmSample.SpeechGenerator generator = new AdpcmSample.SpeechGenerator(3);
        short[] x = new short[6000];
        generator.fill(x, x.length);
        byte[] whole = new byte[3000];
        Adpcm.coder(x, 0, whole, 0, x.length, new Adpcm.State());
        byte[] pieces = new byte[3000];
        Adpcm.State state = new Adpcm.State();
        for (int i = 0; i < x.length; i += 1000) {
            Adpcm.coder(x, i, pieces, i / 2, 1000, state);
        }
        assertArrayEquals(whole, pieces);
        assertEquals(3, Adpcm.coder(x, 0, new byte[3], 0, 5, new Adpcm.State()));
    }
}
