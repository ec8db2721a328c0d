package io.jplr.syscall.client;

import java.util.SplittableRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Faults injected on a JVM's way out (fault injection only): the next output corrupted by one bit, every call
 * delayed, or the next call never returning. The hot path is one volatile read of {@link #armed}.
 */
public final class CallFaults {
    private static final int CORRUPT = 1;
    private static final int HANG = 2;
    private static final int SLOW = 4;

    private volatile int armed;
    private volatile long corruptSeed;
    private volatile long delayNanos;
    /** What the last corruption did, for whoever armed it. */
    private volatile String lastCorruption;

    /** Whether any fault is armed: the only check a call pays when none is. */
    public boolean armed() {
        return armed != 0;
    }

    /** The next output (or effect's arguments) is posted with one bit flipped, chosen from {@code seed}. */
    public void corruptNext(long seed) {
        corruptSeed = seed;
        arm(CORRUPT);
    }

    /** The next call never returns: the thread that makes it parks for good, the JVM goes on living. */
    public void hangAtNextCall() {
        arm(HANG);
    }

    /** Every call from now on is delayed by {@code millis} (0 ends the delay). */
    public void slowDown(long millis) {
        delayNanos = Math.max(0, millis) * 1_000_000L;
        if (millis > 0) {
            arm(SLOW);
        } else {
            disarm(SLOW);
        }
    }

    public String lastCorruption() {
        return lastCorruption;
    }

    /** Called before each call leaves: stalls it as armed. */
    public void beforeCall() {
        int state = armed;
        if ((state & HANG) != 0) {
            while (true) {
                LockSupport.park(this);
            }
        }
        if ((state & SLOW) != 0) {
            long end = System.nanoTime() + delayNanos;
            long left;
            while ((left = end - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
            }
        }
    }

    /**
     * The bytes to send for an output: {@code bytes[offset, offset+length)} itself, or, once after
     * {@link #corruptNext}, a copy with one bit flipped (the application's array is never touched).
     * Returns null when nothing was corrupted.
     */
    public byte[] corrupt(byte[] bytes, int offset, int length) {
        if ((armed & CORRUPT) == 0 || length == 0 || !disarm(CORRUPT)) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(corruptSeed);
        int at = random.nextInt(length);
        int bit = random.nextInt(8);
        byte[] copy = new byte[length];
        System.arraycopy(bytes, offset, copy, 0, length);
        copy[at] ^= (byte) (1 << bit);
        lastCorruption = "byte " + at + " of " + length + ", bit " + bit + ": 0x"
                + Integer.toHexString(bytes[offset + at] & 0xff) + " -> 0x" + Integer.toHexString(copy[at] & 0xff);
        return copy;
    }

    private synchronized void arm(int fault) {
        armed |= fault;
    }

    /** Returns whether this call cleared the fault (one corruption per arming, even with several threads). */
    private synchronized boolean disarm(int fault) {
        boolean was = (armed & fault) != 0;
        armed &= ~fault;
        return was;
    }
}
