package samples.workloads;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Locale;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * MiBench security/blowfish: {@code bf e} and {@code bf d} encrypt and decrypt a text file in
 * 64-bit cipher feedback mode, 40 bytes at a time, with the key {@code 1234567890abcdef...}
 * (of which {@code BF_set_key(&key, 8, ukey)} uses the first eight bytes) and a zero IV. Here
 * the "files" are generated text; each is also run through CBC, which exercises the decryption
 * direction of the cipher. The output is a CRC-32 of every ciphertext and a round-trip check.
 */
public final class BlowfishSample implements Sample {

    private static final long SEED = 0xB10F_15B0L;
    /** MiBench's runme key; only its first eight bytes reach the key schedule. */
    private static final String KEY_HEX = "1234567890abcdeffedcba0987654321";
    /** bf.c reads and encrypts its input in chunks of this size. */
    private static final int CHUNK = 40;

    @Override
    public String name() {
        return "blowfish";
    }

    @Override
    public Category category() {
        return Category.SECURITY;
    }

    @Override
    public String description() {
        return "Blowfish CFB64 and CBC encryption and decryption of generated text (MiBench blowfish)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        byte[] key = hex(KEY_HEX);
        Blowfish bf = new Blowfish(key, 0, 8);
        out.println(String.format(Locale.ROOT, "key %s (8 bytes used)", KEY_HEX.substring(0, 16)));

        // Known answers from Eric Young's test set, as a self-check of tables and rounds.
        String[][] vectors = {
            {"0000000000000000", "0000000000000000"},
            {"FFFFFFFFFFFFFFFF", "FFFFFFFFFFFFFFFF"},
            {"0123456789ABCDEF", "1111111111111111"},
            {"FEDCBA9876543210", "0123456789ABCDEF"},
        };
        for (String[] v : vectors) {
            byte[] block = hex(v[1]);
            new Blowfish(hex(v[0])).encryptBlock(block, 0);
            out.println("ecb key " + v[0] + " plain " + v[1] + " cipher " + toHex(block, 0, 8));
        }

        int files = size.pick(3, 6);
        int maxLength = size.pick(96 * 1024, 6 * 1024 * 1024);
        XorShift64 random = new XorShift64(SEED);
        Crc32 all = new Crc32();
        long total = 0;
        byte[] plain = new byte[maxLength];
        byte[] cipher = new byte[maxLength];
        byte[] back = new byte[maxLength];
        for (int file = 0; file < files; file++) {
            int length = maxLength / 2 + random.nextInt(maxLength / 2 + 1);
            generateText(random, plain, length);

            // bf e: CFB64, zero IV, 40-byte chunks.
            byte[] ivec = new byte[8];
            int[] num = {0};
            for (int i = 0; i < length; i += CHUNK) {
                bf.cfb64(plain, i, cipher, i, Math.min(CHUNK, length - i), ivec, num, true);
            }
            Crc32 cfbCrc = new Crc32();
            cfbCrc.update(cipher, 0, length);
            all.update(cipher, 0, length);
            String head = toHex(cipher, 0, 8);
            // bf d
            ivec = new byte[8];
            num[0] = 0;
            for (int i = 0; i < length; i += CHUNK) {
                bf.cfb64(cipher, i, back, i, Math.min(CHUNK, length - i), ivec, num, false);
            }
            boolean cfbOk = equal(plain, back, length);

            // CBC over the text padded with zeros to whole blocks (maxLength is a multiple of
            // 8, so the padding fits), with an IV from the generator.
            int padded = (length + 7) & ~7;
            Arrays.fill(plain, length, padded, (byte) 0);
            byte[] iv = new byte[8];
            random.nextBytes(iv);
            byte[] chain = iv.clone();
            bf.cbc(plain, 0, cipher, 0, padded, chain, true);
            Crc32 cbcCrc = new Crc32();
            cbcCrc.update(cipher, 0, padded);
            all.update(cipher, 0, padded);
            chain = iv.clone();
            bf.cbc(cipher, 0, back, 0, padded, chain, false);
            boolean cbcOk = equal(plain, back, padded);

            total += length;
            out.println(String.format(Locale.ROOT, "file-%d %9d bytes cfb64 %08X %s %s cbc iv %s %08X %s",
                    file, length, cfbCrc.value(), head, cfbOk ? "ok" : "MISMATCH",
                    toHex(iv, 0, 8), cbcCrc.value(), cbcOk ? "ok" : "MISMATCH"));
        }
        out.println(String.format(Locale.ROOT, "%d files, %d bytes, ciphertext crc %08X", files, total, all.value()));
    }

    /** Lower-case words and spaces with a newline now and then, like the original's .asc input. */
    static void generateText(XorShift64 random, byte[] text, int length) {
        int column = 0;
        int i = 0;
        while (i < length) {
            int word = 1 + random.nextInt(9);
            for (int k = 0; k < word && i < length; k++) {
                text[i++] = (byte) ('a' + random.nextInt(26));
            }
            column += word + 1;
            if (i < length) {
                if (column > 64) {
                    text[i++] = '\n';
                    column = 0;
                } else {
                    text[i++] = ' ';
                }
            }
        }
    }

    private static boolean equal(byte[] a, byte[] b, int length) {
        for (int i = 0; i < length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    static byte[] hex(String text) {
        byte[] bytes = new byte[text.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) Integer.parseInt(text.substring(2 * i, 2 * i + 2), 16);
        }
        return bytes;
    }

    static String toHex(byte[] bytes, int offset, int length) {
        StringBuilder text = new StringBuilder(2 * length);
        for (int i = offset; i < offset + length; i++) {
            text.append(Character.toUpperCase(Character.forDigit((bytes[i] >> 4) & 0xF, 16)))
                .append(Character.toUpperCase(Character.forDigit(bytes[i] & 0xF, 16)));
        }
        return text.toString();
    }
}
