package samples.workloads;

/**
 * Marsaglia xorshift64* generator. Used instead of {@code java.util.Random} so that the
 * generated inputs are fixed by this source file alone, whatever the JDK.
 */
final class XorShift64 {

    private long state;

    XorShift64(long seed) {
        // A zero state would stay zero forever.
        this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    long nextLong() {
        state ^= state >>> 12;
        state ^= state << 25;
        state ^= state >>> 27;
        return state * 0x2545F4914F6CDD1DL;
    }

    int nextInt() {
        return (int) (nextLong() >>> 32);
    }

    /** Uniform enough in [0, bound) for generating test data; bound must be positive. */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    void nextBytes(byte[] bytes) {
        for (int i = 0; i < bytes.length; i += 8) {
            long word = nextLong();
            for (int j = i; j < Math.min(i + 8, bytes.length); j++) {
                bytes[j] = (byte) word;
                word >>>= 8;
            }
        }
    }

    /** A lower-case word of {@code min..max} letters. */
    String nextWord(int min, int max) {
        char[] letters = new char[min + nextInt(max - min + 1)];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + nextInt(26));
        }
        return new String(letters);
    }
}
