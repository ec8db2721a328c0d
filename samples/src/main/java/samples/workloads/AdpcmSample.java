package samples.workloads;

import java.io.PrintStream;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench telecomm/adpcm: {@code rawcaudio} codes 16-bit PCM from stdin to IMA ADPCM 1000
 * samples at a time, {@code rawdaudio} decodes it again. Here the PCM is a generated
 * speech-like signal (gliding harmonics under syllable envelopes, noise bursts and pauses at
 * 8 kHz) and each coded chunk is decoded straight away, as in {@code rawcaudio | rawdaudio}.
 * The output gives the byte counts, CRC-32s of both streams, the final coder states and how
 * closely the decoded signal follows the original.
 */
public final class AdpcmSample implements Sample {

    private static final long SEED = 0xADC0_0DA1L;
    /** NSAMPLES in rawcaudio.c and rawdaudio.c. */
    static final int NSAMPLES = 1000;
    /** The chunk whose first codes and samples are printed. */
    private static final int SHOWN_CHUNK = 7;

    @Override
    public String name() {
        return "adpcm";
    }

    @Override
    public Category category() {
        return Category.TELECOMM;
    }

    @Override
    public String description() {
        return "IMA ADPCM coding and decoding of a generated 16-bit signal (MiBench adpcm)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        long samples = size.pick(400_000, 40_000_000);
        SpeechGenerator generator = new SpeechGenerator(SEED);
        short[] pcm = new short[NSAMPLES];
        byte[] code = new byte[NSAMPLES / 2];
        short[] decoded = new short[NSAMPLES];
        Adpcm.State coderState = new Adpcm.State();
        Adpcm.State decoderState = new Adpcm.State();
        Crc32 pcmCrc = new Crc32();
        Crc32 codeCrc = new Crc32();
        Crc32 decodedCrc = new Crc32();
        byte[] bytes = new byte[2 * NSAMPLES];
        long codeBytes = 0;
        long absError = 0;
        int maxError = 0;
        double signalEnergy = 0;
        double noiseEnergy = 0;
        StringBuilder firstCodes = new StringBuilder();
        StringBuilder firstSamples = new StringBuilder();
        for (long done = 0; done < samples; done += NSAMPLES) {
            int n = (int) Math.min(NSAMPLES, samples - done);
            generator.fill(pcm, n);
            // rawcaudio: code n samples, write n/2 bytes.
            Adpcm.coder(pcm, 0, code, 0, n, coderState);
            int written = n / 2;
            // rawdaudio: read those bytes back, decode two samples per byte.
            Adpcm.decoder(code, 0, decoded, 0, 2 * written, decoderState);
            codeCrc.update(code, 0, written);
            codeBytes += written;
            pcmCrc.update(littleEndian(pcm, n, bytes), 0, 2 * n);
            decodedCrc.update(littleEndian(decoded, 2 * written, bytes), 0, 4 * written);
            for (int i = 0; i < 2 * written; i++) {
                int error = Math.abs(decoded[i] - pcm[i]);
                absError += error;
                maxError = Math.max(maxError, error);
                signalEnergy += (double) pcm[i] * pcm[i];
                noiseEnergy += (double) error * error;
            }
            if (done == SHOWN_CHUNK * NSAMPLES) {
                for (int i = 0; i < 12; i++) {
                    firstCodes.append(String.format(Locale.ROOT, " %02x", code[i] & 0xFF));
                    firstSamples.append(String.format(Locale.ROOT, " %d/%d", pcm[i], decoded[i]));
                }
            }
        }
        out.println(String.format(Locale.ROOT, "pcm: %d samples (%d bytes), crc %08X", samples, 2 * samples, pcmCrc.value()));
        out.println(String.format(Locale.ROOT, "rawcaudio: %d bytes, crc %08X, final valprev=%d, index=%d",
                codeBytes, codeCrc.value(), coderState.valprev, coderState.index));
        out.println(String.format(Locale.ROOT, "rawdaudio: %d samples, crc %08X, final valprev=%d, index=%d",
                2 * codeBytes, decodedCrc.value(), decoderState.valprev, decoderState.index));
        out.println(String.format(Locale.ROOT, "error: max %d, mean %.4f, snr %.2f dB",
                maxError, (double) absError / (2 * codeBytes),
                10 * StrictMath.log10(signalEnergy / Math.max(noiseEnergy, 1))));
        out.println("codes at sample " + SHOWN_CHUNK * NSAMPLES + ":" + firstCodes);
        out.println("samples at " + SHOWN_CHUNK * NSAMPLES + " (in/out):" + firstSamples);
    }

    private static byte[] littleEndian(short[] samples, int n, byte[] bytes) {
        for (int i = 0; i < n; i++) {
            bytes[2 * i] = (byte) samples[i];
            bytes[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        return bytes;
    }

    /**
     * A deterministic stand-in for recorded speech at 8 kHz: segments of 50 to 500 ms that are
     * voiced (three harmonics of a gliding fundamental under a rise-and-fall envelope), noisy
     * (a hiss burst) or nearly silent.
     */
    static final class SpeechGenerator {
        private static final int TABLE_BITS = 12;
        private static final short[] SINE = new short[1 << TABLE_BITS];

        static {
            for (int i = 0; i < SINE.length; i++) {
                SINE[i] = (short) Math.round(32767 * StrictMath.sin(2 * StrictMath.PI * i / SINE.length));
            }
        }

        private final XorShift64 random;
        private int kind;
        private int length;
        private int position;
        private int amplitude;
        private int phase;
        private int increment;
        private int glide;

        SpeechGenerator(long seed) {
            random = new XorShift64(seed);
        }

        private void nextSegment() {
            length = 400 + random.nextInt(3601);
            position = 0;
            int pick = random.nextInt(10);
            kind = pick < 2 ? 0 : pick < 4 ? 1 : 2;
            amplitude = kind == 2 ? 2000 + random.nextInt(14000) : kind == 1 ? 500 + random.nextInt(3000) : 40;
            // Phase is a 32-bit fraction of a turn; 80..300 Hz at 8 kHz.
            int hertz = 80 + random.nextInt(221);
            increment = (int) (hertz * (1L << 32) / 8000);
            // Up to +-4000 per sample: the pitch drifts by up to about 30 Hz over a segment.
            glide = random.nextInt(8001) - 4000;
        }

        void fill(short[] out, int n) {
            for (int i = 0; i < n; i++) {
                if (position == length) {
                    nextSegment();
                }
                // Envelope in 1/4096: linear rise over the first quarter, fall over the rest.
                int rise = length / 4;
                int envelope = position < rise
                        ? (int) ((long) position * 4096 / rise)
                        : (int) ((long) (length - position) * 4096 / (length - rise));
                int value;
                if (kind == 2) {
                    int h1 = SINE[phase >>> (32 - TABLE_BITS)];
                    int h2 = SINE[(phase * 2) >>> (32 - TABLE_BITS)];
                    int h3 = SINE[(phase * 3) >>> (32 - TABLE_BITS)];
                    int mixed = (h1 * 4 + h2 * 2 + h3) / 7;
                    value = (int) ((long) mixed * amplitude / 32768 * envelope / 4096);
                    phase += increment;
                    increment += glide;
                } else {
                    value = (int) ((long) (random.nextInt(2 * amplitude + 1) - amplitude) * envelope / 4096);
                }
                out[i] = (short) Math.max(-32768, Math.min(32767, value));
                position++;
            }
        }
    }
}
