package io.jplr.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** BranchCounter driven by hand, as the rewritten code drives it: count, compare, pick, flip. */
class BranchCounterTest {
    private static final String SITE = "samples.Crc32.update(..) [local 1 (int), local 2 (long), stack top (float)]";
    private static final Pattern FLIP = Pattern.compile(
            "samples\\.Crc32\\.update\\(\\.\\.\\) (local 1 \\(int\\)|local 2 \\(long\\)|stack top \\(float\\))"
                    + " bit (\\d+): (\\S+) -> (\\S+) at backward branch (\\d+)");

    @BeforeEach
    void startAfresh() {
        BranchCounter.disarm();
        BranchCounter.count = 0;
    }

    /** What the rewritten code does at each backward branch: true when it would call pick. */
    private static boolean branch() {
        return ++BranchCounter.count == BranchCounter.target;
    }

    private static int branchUntilTarget(int candidates) {
        for (int i = 0; i < 1_000; i++) {
            if (branch()) {
                return BranchCounter.pick(candidates, SITE);
            }
        }
        throw new AssertionError("the target was never reached");
    }

    @Test
    void armsOnlyABranchStillAhead() {
        BranchCounter.count = 10;

        assertFalse(BranchCounter.arm(5, 1));
        assertFalse(BranchCounter.arm(10, 1), "the 10th branch has been executed");
        assertFalse(branch(), "a refused arming does not arm");
        assertTrue(BranchCounter.arm(13, 1));
        assertFalse(branch());
        assertTrue(branch(), "the 13th branch");
    }

    @Test
    void picksOnceAtTheTargetThenIsDisarmed() {
        assertTrue(BranchCounter.arm(7, 3));
        int index = branchUntilTarget(3);

        assertEquals(7, BranchCounter.count());
        assertTrue(index >= 0 && index < 3, Integer.toString(index));
        assertEquals(-1, BranchCounter.pick(3, SITE), "a second thread reaching the target flips nothing");
        BranchCounter.count = 6;
        assertFalse(branch(), "a count that goes back to the target does not pick again");
    }

    @Test
    void flipsExactlyOneBitWithinTheTypesWidth() {
        for (long seed = 0; seed < 200; seed++) {
            BranchCounter.count = 0;
            BranchCounter.arm(1, seed);
            branchUntilTarget(3);
            assertEquals(1, Integer.bitCount(BranchCounter.flip(1234) ^ 1234));
            BranchCounter.arm(2, seed);
            branchUntilTarget(3);
            assertEquals(1, Long.bitCount(BranchCounter.flip(-5L) ^ -5L));
            BranchCounter.arm(3, seed);
            branchUntilTarget(3);
            assertEquals(1, Integer.bitCount(
                    Float.floatToRawIntBits(BranchCounter.flip(1.5f)) ^ Float.floatToRawIntBits(1.5f)));
            BranchCounter.arm(4, seed);
            branchUntilTarget(3);
            assertEquals(1, Long.bitCount(
                    Double.doubleToRawLongBits(BranchCounter.flip(-0.25)) ^ Double.doubleToRawLongBits(-0.25)));
        }
    }

    @Test
    void describesTheFlip() {
        BranchCounter.arm(5, 11);
        int index = branchUntilTarget(3);
        assertNull(BranchCounter.lastFlip(), "nothing flipped yet");
        int flipped = BranchCounter.flip(1234);

        Matcher flip = FLIP.matcher(BranchCounter.lastFlip());
        assertTrue(flip.matches(), BranchCounter.lastFlip());
        assertEquals(new String[] {"local 1 (int)", "local 2 (long)", "stack top (float)"}[index], flip.group(1));
        int bit = Integer.parseInt(flip.group(2));
        assertEquals(1234 ^ (1 << bit), flipped);
        assertEquals("1234", flip.group(3));
        assertEquals(Integer.toString(flipped), flip.group(4));
        assertEquals("5", flip.group(5));
    }

    @Test
    void theSameSeedMakesTheSameChoice() {
        Set<Integer> indexes = new HashSet<>();
        Set<Integer> bits = new HashSet<>();
        for (long seed = 0; seed < 2_000; seed++) {
            BranchCounter.count = 0;
            BranchCounter.arm(3, seed);
            int index = branchUntilTarget(5);
            long flipped = BranchCounter.flip(0L);
            String description = BranchCounter.lastFlip();

            BranchCounter.count = 0;
            BranchCounter.arm(3, seed);
            assertEquals(index, branchUntilTarget(5));
            assertEquals(flipped, BranchCounter.flip(0L));
            assertEquals(description, BranchCounter.lastFlip());
            indexes.add(index);
            bits.add(Long.numberOfTrailingZeros(flipped));
        }
        assertEquals(Set.of(0, 1, 2, 3, 4), indexes, "every candidate can be chosen");
        assertEquals(64, bits.size(), "every bit of a long can be chosen");
    }

    @Test
    void reportsABranchWithNothingToFlip() {
        BranchCounter.arm(2, 0);
        branch();
        assertTrue(branch());

        assertEquals(-1, BranchCounter.pick(0, "samples.Crc32.update(..)"));
        assertEquals("samples.Crc32.update(..) has no live primitive local or operand: nothing flipped at backward"
                + " branch 2", BranchCounter.lastFlip());
    }

    @Test
    void armingForgetsTheLastFlip() {
        BranchCounter.arm(1, 0);
        branchUntilTarget(1);
        BranchCounter.flip(1);
        BranchCounter.arm(10, 0);

        assertNull(BranchCounter.lastFlip());
    }

    @Test
    void disarmingCancels() {
        BranchCounter.arm(2, 0);
        BranchCounter.disarm();

        assertFalse(branch());
        assertFalse(branch());
        assertEquals(-1, BranchCounter.pick(1, SITE));
    }
}
