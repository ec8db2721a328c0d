package samples.workloads;

/**
 * Blowfish (Schneier, 1993) after SSLeay's bf_enc.c, bf_skey.c and bf_cfb64.c, the code
 * MiBench's security/blowfish is built from: 16 rounds, a key of 1 to 72 bytes, big-endian
 * blocks, and the 64-bit cipher feedback mode used by MiBench's {@code bf} driver. CBC is here
 * too, since CFB only ever runs the cipher forwards.
 */
public final class Blowfish {

    private static final int ROUNDS = 16;

    /** P-array, then the four S-boxes back to back, as in SSLeay's BF_KEY. */
    private final int[] p = new int[ROUNDS + 2];
    private final int[] s = new int[4 * 256];

    /** BF_set_key: the key bytes are cycled over the P-array, then the tables are re-encrypted. */
    public Blowfish(byte[] key, int offset, int length) {
        if (length < 1) {
            throw new IllegalArgumentException("empty key");
        }
        length = Math.min(length, (ROUNDS + 2) * 4);
        System.arraycopy(BlowfishTables.P, 0, p, 0, p.length);
        System.arraycopy(BlowfishTables.S0, 0, s, 0, 256);
        System.arraycopy(BlowfishTables.S1, 0, s, 256, 256);
        System.arraycopy(BlowfishTables.S2, 0, s, 512, 256);
        System.arraycopy(BlowfishTables.S3, 0, s, 768, 256);
        int d = 0;
        for (int i = 0; i < ROUNDS + 2; i++) {
            int ri = 0;
            for (int k = 0; k < 4; k++) {
                ri = (ri << 8) | (key[offset + d] & 0xFF);
                d = d + 1 == length ? 0 : d + 1;
            }
            p[i] ^= ri;
        }
        int[] block = new int[2];
        for (int i = 0; i < ROUNDS + 2; i += 2) {
            encrypt(block);
            p[i] = block[0];
            p[i + 1] = block[1];
        }
        for (int i = 0; i < 4 * 256; i += 2) {
            encrypt(block);
            s[i] = block[0];
            s[i + 1] = block[1];
        }
    }

    public Blowfish(byte[] key) {
        this(key, 0, key.length);
    }

    private int f(int x) {
        return ((s[x >>> 24] + s[0x100 | ((x >>> 16) & 0xFF)]) ^ s[0x200 | ((x >>> 8) & 0xFF)])
                + s[0x300 | (x & 0xFF)];
    }

    /** BF_encrypt(data, key, BF_ENCRYPT): data[0] is the left (first, big-endian) half. */
    public void encrypt(int[] data) {
        int l = data[0];
        int r = data[1];
        l ^= p[0];
        for (int i = 1; i <= ROUNDS; i += 2) {
            r ^= p[i] ^ f(l);
            l ^= p[i + 1] ^ f(r);
        }
        r ^= p[ROUNDS + 1];
        data[0] = r;
        data[1] = l;
    }

    /** BF_encrypt(data, key, BF_DECRYPT). */
    public void decrypt(int[] data) {
        int l = data[0];
        int r = data[1];
        l ^= p[ROUNDS + 1];
        for (int i = ROUNDS; i >= 1; i -= 2) {
            r ^= p[i] ^ f(l);
            l ^= p[i - 1] ^ f(r);
        }
        r ^= p[0];
        data[0] = r;
        data[1] = l;
    }

    /** One 8-byte block in ECB mode, in place. */
    public void encryptBlock(byte[] buffer, int offset) {
        int[] block = {readInt(buffer, offset), readInt(buffer, offset + 4)};
        encrypt(block);
        writeInt(buffer, offset, block[0]);
        writeInt(buffer, offset + 4, block[1]);
    }

    public void decryptBlock(byte[] buffer, int offset) {
        int[] block = {readInt(buffer, offset), readInt(buffer, offset + 4)};
        decrypt(block);
        writeInt(buffer, offset, block[0]);
        writeInt(buffer, offset + 4, block[1]);
    }

    /**
     * BF_cfb64_encrypt: {@code ivec} (8 bytes) and {@code num[0]} (position in it, 0..7) carry the
     * stream state between calls, so data may be fed in pieces of any length.
     */
    public void cfb64(byte[] in, int inOffset, byte[] out, int outOffset, int length,
            byte[] ivec, int[] num, boolean encrypt) {
        int n = num[0];
        int[] ti = new int[2];
        for (int i = 0; i < length; i++) {
            if (n == 0) {
                ti[0] = readInt(ivec, 0);
                ti[1] = readInt(ivec, 4);
                encrypt(ti);
                writeInt(ivec, 0, ti[0]);
                writeInt(ivec, 4, ti[1]);
            }
            byte c = in[inOffset + i];
            if (encrypt) {
                c ^= ivec[n];
                out[outOffset + i] = c;
                ivec[n] = c;
            } else {
                out[outOffset + i] = (byte) (c ^ ivec[n]);
                ivec[n] = c;
            }
            n = (n + 1) & 7;
        }
        num[0] = n;
    }

    /** BF_cbc_encrypt for a whole number of blocks; {@code ivec} is updated for chaining. */
    public void cbc(byte[] in, int inOffset, byte[] out, int outOffset, int length, byte[] ivec,
            boolean encrypt) {
        if (length % 8 != 0) {
            throw new IllegalArgumentException("CBC length must be a multiple of 8: " + length);
        }
        int[] block = new int[2];
        int v0 = readInt(ivec, 0);
        int v1 = readInt(ivec, 4);
        for (int i = 0; i < length; i += 8) {
            int in0 = readInt(in, inOffset + i);
            int in1 = readInt(in, inOffset + i + 4);
            if (encrypt) {
                block[0] = in0 ^ v0;
                block[1] = in1 ^ v1;
                encrypt(block);
                v0 = block[0];
                v1 = block[1];
                writeInt(out, outOffset + i, v0);
                writeInt(out, outOffset + i + 4, v1);
            } else {
                block[0] = in0;
                block[1] = in1;
                decrypt(block);
                writeInt(out, outOffset + i, block[0] ^ v0);
                writeInt(out, outOffset + i + 4, block[1] ^ v1);
                v0 = in0;
                v1 = in1;
            }
        }
        writeInt(ivec, 0, v0);
        writeInt(ivec, 4, v1);
    }

    static int readInt(byte[] b, int i) {
        return (b[i] << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }

    static void writeInt(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }
}
