package io.jplr.faultinjector;

import java.lang.instrument.Instrumentation;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The heap fault model: flips one random bit of one random primitive field or primitive array element
 * reachable from the application's classes, in the JVM it runs in, while the application runs.
 *
 * <p>The candidates are every writable primitive slot the {@link HeapWalk} reaches from the static fields of
 * the {@link ApplicationClasses}; one is chosen uniformly (an array of n elements is n slots), then a bit
 * uniformly within its type's width. Only the chosen slot is written: the walk only reads, initializes none of
 * the application's classes and draws no identity hash code for its objects, so that the faulty replica
 * differs from the others by the flipped bit, not by what finding it did. (Reflection, which the walk uses on
 * each class it meets, may still draw identity hash codes for class objects into the JDK's own caches.)
 *
 * <p>Objects the JDK shares (cached boxes, interned strings) are candidates like any other when reachable:
 * an upset in one corrupts every user, jPLR's own code in that JVM included.
 */
public final class HeapBitFlip {
    static final String NOTHING_FOUND = "no primitive field or array element is reachable from the application's"
            + " classes";
    /**
     * A collection that moves objects during a walk may have shared ones counted twice (see {@link IdentitySet}):
     * walk again, a few times, then take the last walk as it is. ZGC's coloured references change with its
     * phases, so a walk that overlaps a ZGC cycle is likely to need another.
     */
    private static final int WALKS = 3;

    private static volatile InternalUnsafe unsafe;

    private HeapBitFlip() {
    }

    /**
     * Flips one bit and describes it on one line, e.g.
     * {@code samples.workloads.Crc32.TABLE[17] (int) bit 9: 0x77073096 -> 0x77073296 (one of 1290 slots in 3
     * classes and 35 objects)}, or says why nothing was flipped. Never throws for what the walk meets.
     */
    public static String flip(Instrumentation instrumentation, RandomGenerator random) {
        Objects.requireNonNull(instrumentation, "instrumentation");
        Objects.requireNonNull(random, "random");
        InternalUnsafe unsafe = HeapBitFlip.unsafe;
        if (unsafe == null) {
            try {
                unsafe = InternalUnsafe.obtain(instrumentation);
            } catch (IllegalStateException e) {
                return "no heap bit flipped: " + e.getMessage();
            }
            HeapBitFlip.unsafe = unsafe;
        }
        try {
            List<Class<?>> roots = ApplicationClasses.of(instrumentation);
            HeapWalk walk = HeapWalk.from(roots, unsafe);
            for (int again = 1; again < WALKS && !walk.isConsistent(); again++) {
                walk = HeapWalk.from(roots, unsafe);
            }
            if (walk.slots() == 0) {
                return NOTHING_FOUND + (walk.bounded() ? " within the walk's bound" : "");
            }
            PrimitiveSlot slot = walk.slot(random.nextLong(walk.slots()));
            int bit = random.nextInt(slot.kind().width());
            return slot.flip(bit) + " (one of " + walk.slots() + " slots in "
                    + count(walk.classes(), "class", "classes") + " and " + count(walk.objects(), "object", "objects")
                    + (walk.bounded() ? ", the walk stopped at its bound)" : ")");
        } catch (RuntimeException | LinkageError e) {
            // The walk skips what it cannot read; this is for what it did not foresee, which the caller, an
            // MXBean operation, could only pass on less clearly.
            return "no heap bit flipped: " + e;
        }
    }

    private static String count(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
