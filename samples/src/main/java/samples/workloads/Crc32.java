package samples.workloads;

/**
 * Table-driven CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320), as in MiBench's crc_32.c.
 * Written out by hand so that the work happens in Java code rather than in a JDK intrinsic.
 */
public final class Crc32 {

    private static final int[] TABLE = buildTable();

    private int crc = 0xFFFFFFFF;

    private static int[] buildTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }

    public void update(byte[] data, int offset, int length) {
        int c = crc;
        for (int i = offset; i < offset + length; i++) {
            c = TABLE[(c ^ data[i]) & 0xFF] ^ (c >>> 8);
        }
        crc = c;
    }

    public void update(byte[] data) {
        update(data, 0, data.length);
    }

    /** Feeds the low byte of each char; the samples only hash ASCII text. */
    public void update(CharSequence text) {
        int c = crc;
        for (int i = 0; i < text.length(); i++) {
            c = TABLE[(c ^ text.charAt(i)) & 0xFF] ^ (c >>> 8);
        }
        crc = c;
    }

    /** The CRC of everything fed so far, as an unsigned 32-bit value. */
    public long value() {
        return ~crc & 0xFFFFFFFFL;
    }
}
