package samples.workloads;

/**
 * SHA-1 (FIPS 180-1), after MiBench's sha.c. Written by hand so that the hashing happens in
 * plain Java code rather than in {@code MessageDigest} and its intrinsics.
 */
public final class Sha1 {

    private final int[] h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    private final int[] w = new int[80];
    private final byte[] pending = new byte[64];
    private int pendingLength;
    private long byteCount;

    public void update(byte[] data, int offset, int length) {
        byteCount += length;
        int i = offset;
        int end = offset + length;
        if (pendingLength > 0) {
            int take = Math.min(64 - pendingLength, length);
            System.arraycopy(data, i, pending, pendingLength, take);
            pendingLength += take;
            i += take;
            if (pendingLength < 64) {
                return;
            }
            transform(pending, 0);
            pendingLength = 0;
        }
        for (; end - i >= 64; i += 64) {
            transform(data, i);
        }
        System.arraycopy(data, i, pending, 0, end - i);
        pendingLength = end - i;
    }

    public void update(byte[] data) {
        update(data, 0, data.length);
    }

    /** Pads, finishes and returns the five digest words; the object is spent afterwards. */
    public int[] digestWords() {
        long bitCount = byteCount * 8;
        byte[] padding = new byte[pendingLength < 56 ? 64 - pendingLength : 128 - pendingLength];
        padding[0] = (byte) 0x80;
        for (int i = 0; i < 8; i++) {
            padding[padding.length - 1 - i] = (byte) (bitCount >>> (8 * i));
        }
        update(padding, 0, padding.length);
        return h.clone();
    }

    /** The digest as 20 big-endian bytes; the object is spent afterwards. */
    public byte[] digest() {
        int[] words = digestWords();
        byte[] bytes = new byte[20];
        for (int i = 0; i < 20; i++) {
            bytes[i] = (byte) (words[i / 4] >>> (24 - 8 * (i % 4)));
        }
        return bytes;
    }

    private void transform(byte[] block, int offset) {
        for (int t = 0; t < 16; t++) {
            int j = offset + 4 * t;
            w[t] = (block[j] << 24) | ((block[j + 1] & 0xFF) << 16)
                    | ((block[j + 2] & 0xFF) << 8) | (block[j + 3] & 0xFF);
        }
        for (int t = 16; t < 80; t++) {
            w[t] = Integer.rotateLeft(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
        }
        int a = h[0];
        int b = h[1];
        int c = h[2];
        int d = h[3];
        int e = h[4];
        for (int t = 0; t < 80; t++) {
            int f;
            int k;
            if (t < 20) {
                f = (b & c) | (~b & d);
                k = 0x5A827999;
            } else if (t < 40) {
                f = b ^ c ^ d;
                k = 0x6ED9EBA1;
            } else if (t < 60) {
                f = (b & c) | (b & d) | (c & d);
                k = 0x8F1BBCDC;
            } else {
                f = b ^ c ^ d;
                k = 0xCA62C1D6;
            }
            int temp = Integer.rotateLeft(a, 5) + f + e + w[t] + k;
            e = d;
            d = c;
            c = Integer.rotateLeft(b, 30);
            b = a;
            a = temp;
        }
        h[0] += a;
        h[1] += b;
        h[2] += c;
        h[3] += d;
        h[4] += e;
    }
}
