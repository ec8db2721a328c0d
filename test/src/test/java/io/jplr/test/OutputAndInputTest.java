package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplr.test.apps.BigWrite;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Large and binary streams cross the boundary intact, in both directions. */
class OutputAndInputTest {
    @Test
    void writesLargerThanARecordAndManySmallOnesAreCommittedInOrder() {
        Run expected = Launch.on(Jvm.current()).app(BigWrite.class).run();
        for (String mode : new String[] {"DMR", "TMR"}) {
            Run actual = Launch.under(mode, Jvm.current()).app(BigWrite.class).run();
            assertEquals(0, actual.exitStatus(), actual::toString);
            assertArrayEquals(expected.stdout(), actual.stdout(), mode);
            assertArrayEquals(expected.stderr(), actual.stderr(), mode);
        }
    }

    @Test
    void binaryStdinIsReadOnceAndGivenToEveryReplica() {
        byte[] input = new byte[2 * 1024 * 1024 + 3];
        new Random(42).nextBytes(input);
        Run actual = Launch.under("TMR", Jvm.current()).stdin(input).sample("cat").run();
        assertEquals(0, actual.exitStatus(), actual::toString);
        assertArrayEquals(input, actual.stdout());
        assertEquals("", actual.err());
    }
}
