package io.jplr.replica;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A 128-bit digest of a call's argument or output bytes, by which a replacement replaying the run is checked
 * against what the majority sent. What it must catch is a fault (flipped bits, a wrong length, other bytes),
 * not an adversary: a replica that could forge a collision could as well have sent the right bytes. So it is
 * two independent 64-bit multiply-rotate lanes over little-endian words, finished with MurmurHash3's 64-bit
 * avalanche, rather than SHA-256: about ten times faster on the master's loop, and nothing to load at start
 * (the JDK's security providers take some 40 ms).
 */
final class PayloadDigest {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;

    final long high;
    final long low;

    private PayloadDigest(long high, long low) {
        this.high = high;
        this.low = low;
    }

    static PayloadDigest of(byte[] bytes) {
        long a = P1 ^ bytes.length;
        long b = P2 + bytes.length;
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            a = Long.rotateLeft(a ^ word * P2, 31) * P1;
            b = Long.rotateLeft(b + word * P3, 27) * P2 ^ a;
        }
        long tail = 0;
        for (int shift = 0; i < bytes.length; i++, shift += 8) {
            tail |= (bytes[i] & 0xFFL) << shift;
        }
        a = Long.rotateLeft(a ^ tail * P2, 31) * P1;
        b = Long.rotateLeft(b + tail * P3, 27) * P2 ^ a;
        return new PayloadDigest(avalanche(a + b), avalanche(b ^ Long.rotateLeft(a, 17)));
    }

    /** MurmurHash3's fmix64: every input bit reaches every output bit. */
    private static long avalanche(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ h >>> 33;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PayloadDigest digest && digest.high == high && digest.low == low;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(high ^ low);
    }
}
