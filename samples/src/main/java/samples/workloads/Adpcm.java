package samples.workloads;

/**
 * Intel/DVI IMA ADPCM after Jack Jansen's adpcm.c (MiBench telecomm/adpcm, used by rawcaudio
 * and rawdaudio): 16-bit samples to 4-bit codes, two codes per byte with the first sample in
 * the high nibble. The state carries across calls, so a stream can be coded in pieces.
 */
public final class Adpcm {

    private static final int[] INDEX_TABLE = {
        -1, -1, -1, -1, 2, 4, 6, 8,
        -1, -1, -1, -1, 2, 4, 6, 8,
    };

    private static final int[] STEPSIZE_TABLE = {
        7, 8, 9, 10, 11, 12, 13, 14, 16, 17,
        19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
        50, 55, 60, 66, 73, 80, 88, 97, 107, 118,
        130, 143, 157, 173, 190, 209, 230, 253, 279, 307,
        337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
        876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066,
        2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428, 4871, 5358,
        5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899,
        15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
    };

    /** struct adpcm_state: the previous output value and the step-size table index. */
    public static final class State {
        public int valprev;
        public int index;
    }

    private Adpcm() {
    }

    /**
     * adpcm_coder: codes {@code len} samples into {@code (len + 1) / 2} bytes. An odd length
     * flushes the last code in a byte of its own, as the original does at the end of each call.
     */
    public static int coder(short[] indata, int inOffset, byte[] outdata, int outOffset, int len, State state) {
        int valpred = state.valprev;
        int index = state.index;
        int step = STEPSIZE_TABLE[index];
        int outputbuffer = 0;
        boolean bufferstep = true;
        int outp = outOffset;

        for (int i = 0; i < len; i++) {
            int val = indata[inOffset + i];

            // Step 1 - compute difference with previous value
            int diff = val - valpred;
            int sign = diff < 0 ? 8 : 0;
            if (sign != 0) {
                diff = -diff;
            }

            // Step 2 - divide and clamp: delta = diff*4/step, vpdiff = (delta+0.5)*step/4
            int delta = 0;
            int vpdiff = step >> 3;
            if (diff >= step) {
                delta = 4;
                diff -= step;
                vpdiff += step;
            }
            step >>= 1;
            if (diff >= step) {
                delta |= 2;
                diff -= step;
                vpdiff += step;
            }
            step >>= 1;
            if (diff >= step) {
                delta |= 1;
                vpdiff += step;
            }

            // Step 3 - update previous value
            if (sign != 0) {
                valpred -= vpdiff;
            } else {
                valpred += vpdiff;
            }

            // Step 4 - clamp previous value to 16 bits
            if (valpred > 32767) {
                valpred = 32767;
            } else if (valpred < -32768) {
                valpred = -32768;
            }

            // Step 5 - assemble value, update index and step values
            delta |= sign;
            index += INDEX_TABLE[delta];
            if (index < 0) {
                index = 0;
            }
            if (index > 88) {
                index = 88;
            }
            step = STEPSIZE_TABLE[index];

            // Step 6 - output value
            if (bufferstep) {
                outputbuffer = (delta << 4) & 0xF0;
            } else {
                outdata[outp++] = (byte) ((delta & 0x0F) | outputbuffer);
            }
            bufferstep = !bufferstep;
        }

        // Output last step, if needed
        if (!bufferstep) {
            outdata[outp++] = (byte) outputbuffer;
        }

        state.valprev = valpred;
        state.index = index;
        return outp - outOffset;
    }

    /** adpcm_decoder: decodes {@code len} samples from {@code (len + 1) / 2} bytes. */
    public static void decoder(byte[] indata, int inOffset, short[] outdata, int outOffset, int len, State state) {
        int valpred = state.valprev;
        int index = state.index;
        int step = STEPSIZE_TABLE[index];
        int inputbuffer = 0;
        boolean bufferstep = false;
        int inp = inOffset;

        for (int i = 0; i < len; i++) {
            // Step 1 - get the delta value
            int delta;
            if (bufferstep) {
                delta = inputbuffer & 0xF;
            } else {
                inputbuffer = indata[inp++];
                delta = (inputbuffer >> 4) & 0xF;
            }
            bufferstep = !bufferstep;

            // Step 2 - find new index value (for later)
            index += INDEX_TABLE[delta];
            if (index < 0) {
                index = 0;
            }
            if (index > 88) {
                index = 88;
            }

            // Step 3 - separate sign and magnitude
            int sign = delta & 8;
            delta = delta & 7;

            // Step 4 - compute difference and new predicted value
            int vpdiff = step >> 3;
            if ((delta & 4) != 0) {
                vpdiff += step;
            }
            if ((delta & 2) != 0) {
                vpdiff += step >> 1;
            }
            if ((delta & 1) != 0) {
                vpdiff += step >> 2;
            }
            if (sign != 0) {
                valpred -= vpdiff;
            } else {
                valpred += vpdiff;
            }

            // Step 5 - clamp output value
            if (valpred > 32767) {
                valpred = 32767;
            } else if (valpred < -32768) {
                valpred = -32768;
            }

            // Step 6 - update step value
            step = STEPSIZE_TABLE[index];

            // Step 7 - output value
            outdata[outOffset + i] = (short) valpred;
        }

        state.valprev = valpred;
        state.index = index;
    }
}
