package io.jplr.bootstrap;

/**
 * The software instruction counter of the register fault model (the counter of ReVirt, after Mellor-Crummey
 * and LeBlanc): the fault injector rewrites every backward branch of application code to add one to
 * {@link #count} and compare the result with {@link #target}. Every loop iteration executes a backward
 * branch, so the count advances with the work done and names a dynamic point of the program that is the
 * same in every replica. When the count reaches the target, the rewritten code calls {@link #pick} to choose
 * one of the primitive values live at that branch, passes the chosen value through {@code flip} and stores
 * the result back.
 *
 * <p>The count is a plain static field so that counting stays a load, an add and a store in the hottest
 * loops. With several application threads the increments race: some get lost, so the count is exact (and
 * the same in every replica) only when one thread runs application code at a time, and only approximate
 * otherwise. A thread that stores a stale count can even make it go back, so a value may be reached twice:
 * {@link #pick} disarms, and only the first thread to reach the target flips. Another thread reads the
 * count through {@link #count()} without tearing on 64-bit JVMs; it may see it a little late.
 *
 * <p>Lives on the replica's bootstrap class path so that code of any class loader can call it.
 */
public final class BranchCounter {
    /** A target the count never reaches: it would have to wrap around 2^64 branches first. */
    private static final long DISARMED = -1L;

    private static final long GOLDEN_GAMMA = 0x9e37_79b9_7f4a_7c15L;

    /**
     * The backward branches executed so far in application code, incremented by the rewritten code. A
     * conditional one counts whether taken or not: the last test of a do-while loop counts too.
     */
    public static long count;

    /**
     * The branch number at which the rewritten code calls {@link #pick}; -1 when disarmed, a number the count
     * never reaches, so that the check stays one comparison. Volatile although the count is not: the JIT
     * would otherwise hoist its load out of a compiled loop (the call to pick is never taken there), and a
     * loop running when the fault injector arms would never see it. The price is in the JIT, not in the
     * instruction: on x86 the load is a plain one, but C2 no longer hoists loads across it nor keeps the count
     * in a register, so the tightest loops run several times slower than with a plain field.
     */
    public static volatile long target = DISARMED;

    private static final Object LOCK = new Object();

    // What the armed flip chooses from, then what it chose; guarded by LOCK.
    private static long seed;
    private static long bitDraw;
    private static long pickedBranch;
    private static String pickedWhere;
    private static String pickedCandidate;

    private static volatile String lastFlip;
    /** Instead of a flip, what runs at the target on the thread that reaches it (guarded by LOCK). */
    private static Runnable action;

    private BranchCounter() {
    }

    /** The backward branches executed so far (see the class comment for what threads do to it). */
    public static long count() {
        return count;
    }

    /**
     * Arms a flip at the {@code branch}-th backward branch (counted from the start of the program), the
     * choice of value and bit drawn from {@code seed}. Replaces any earlier arming and forgets the last flip.
     *
     * @return false, without arming, if the count is already at or past {@code branch}
     */
    public static boolean arm(long branch, long seed) {
        synchronized (LOCK) {
            if (branch <= count) {
                return false;
            }
            BranchCounter.seed = seed;
            action = null;
            lastFlip = null;
            target = branch;
            return true;
        }
    }

    /**
     * Arms {@code action} to run at the {@code branch}-th backward branch, on the application thread that
     * executes it, instead of a flip: how other faults (a heap flip, a crash, a hang) strike at a point of
     * the program's execution rather than at a point in time. Replaces any earlier arming.
     *
     * @return false, without arming, if the count is already at or past {@code branch}
     */
    public static boolean armAction(long branch, Runnable action) {
        synchronized (LOCK) {
            if (branch <= count) {
                return false;
            }
            BranchCounter.action = action;
            lastFlip = null;
            target = branch;
            return true;
        }
    }

    /** Cancels an arming that has not fired yet. */
    public static void disarm() {
        synchronized (LOCK) {
            target = DISARMED;
        }
    }

    /**
     * Called by the rewritten code when its count equals the target: disarms and chooses which candidate to
     * flip, by the seed given to {@link #arm}.
     *
     * @param candidates the number of primitive values live at the branch
     * @param site {@code <class>.<method>(..)}, then, if there are candidates, their descriptions in the order
     *     of their indexes: {@code samples.Crc32.update(..) [local 5 (int), local 6 (long), stack top (int)]}
     * @return the index of the candidate the rewritten code must pass through {@code flip}, or -1 to flip
     *     nothing (no candidate, or another thread reached the target first)
     */
    public static int pick(int candidates, String site) {
        Runnable armed;
        synchronized (LOCK) {
            long branch = target;
            if (branch == DISARMED) {
                return -1;
            }
            target = DISARMED;
            int bracket = site.indexOf(" [");
            String where = bracket < 0 ? site : site.substring(0, bracket);
            armed = action;
            action = null;
            if (armed != null) {
                lastFlip = "struck at " + where + " at backward branch " + branch;
            } else if (candidates <= 0) {
                lastFlip = where + " has no live primitive local or operand: nothing flipped at backward branch "
                        + branch;
                return -1;
            }
            if (armed == null) {
                int index = (int) Long.remainderUnsigned(mix(seed), candidates);
                bitDraw = mix(seed + GOLDEN_GAMMA);
                pickedBranch = branch;
                pickedWhere = where;
                pickedCandidate = candidate(site, bracket, index);
                return index;
            }
        }
        // Outside the lock: the action may take long (a heap walk) or never return (a hang).
        armed.run();
        return -1;
    }

    public static int flip(int value) {
        int bit = bit(Integer.SIZE);
        int flipped = value ^ (1 << bit);
        record(bit, Integer.toString(value), Integer.toString(flipped));
        return flipped;
    }

    public static long flip(long value) {
        int bit = bit(Long.SIZE);
        long flipped = value ^ (1L << bit);
        record(bit, Long.toString(value), Long.toString(flipped));
        return flipped;
    }

    public static float flip(float value) {
        int bit = bit(Float.SIZE);
        // Raw bits: a NaN's payload is part of the register too.
        float flipped = Float.intBitsToFloat(Float.floatToRawIntBits(value) ^ (1 << bit));
        record(bit, Float.toString(value), Float.toString(flipped));
        return flipped;
    }

    public static double flip(double value) {
        int bit = bit(Double.SIZE);
        double flipped = Double.longBitsToDouble(Double.doubleToRawLongBits(value) ^ (1L << bit));
        record(bit, Double.toString(value), Double.toString(flipped));
        return flipped;
    }

    /**
     * What the last armed flip did, e.g. {@code samples.Crc32.update(..) local 5 (int) bit 7: 1234 -> 1106 at
     * backward branch 123456}, or that there was nothing to flip at its branch; null until it fires.
     */
    public static String lastFlip() {
        return lastFlip;
    }

    private static int bit(int width) {
        synchronized (LOCK) {
            return (int) (bitDraw & (width - 1));
        }
    }

    private static void record(int bit, String before, String after) {
        synchronized (LOCK) {
            lastFlip = pickedWhere + ' ' + pickedCandidate + " bit " + bit + ": " + before + " -> " + after
                    + " at backward branch " + pickedBranch;
        }
    }

    private static String candidate(String site, int bracket, int index) {
        if (bracket >= 0 && site.endsWith("]")) {
            String[] descriptions = site.substring(bracket + 2, site.length() - 1).split(", ");
            if (index < descriptions.length) {
                return descriptions[index];
            }
        }
        return "candidate " + index;
    }

    /** SplitMix64's finalizer: neighbouring seeds choose unrelated candidates and bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58_476d_1ce4_e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d0_49bb_1331_11ebL;
        return z ^ (z >>> 31);
    }
}
