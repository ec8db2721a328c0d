package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.Divergent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A replica that writes something else is outvoted under TMR and replaced, and the run ends as a native one
 * would. With {@code plr.onDivergence=stop} (any mode) the first disagreement ends the run instead: nothing
 * more reaches the outside world, and the exit status says why.
 */
class DivergenceTest {
    private static final int NO_MAJORITY = 79;

    @Test
    void tmrOutvotesAndReplacesTheDivergentReplica() {
        Run expected = Launch.on(Jvm.current()).app(Divergent.class).run();
        Run run = Launch.under("TMR", Jvm.current()).option("-Djplr.test.faultyReplica=2").app(Divergent.class).run();
        assertEquals(expected.out(), run.out());
        assertEquals(0, run.exitStatus(), run::toString);
        String[] messages = run.err().split("\n");
        assertEquals(1, messages.length, run::toString);
        assertTrue(messages[0].startsWith("jplr: replica 2 "), run::toString);
    }

    @Test
    void dmrStopsAtTheFirstDisagreementWhenToldTo() {
        assertStopsAfterFirstLine(Launch.under("DMR", Jvm.current()));
    }

    /**
     * Under TMR the two agreeing replicas may have committed the disputed line (theirs, the right one) before
     * the third disagrees: what was written is a prefix of the native output, never the corrupted line.
     */
    @Test
    void tmrStopsAtTheFirstDisagreementWhenToldTo() {
        Run expected = Launch.on(Jvm.current()).app(Divergent.class).run();
        Run run = Launch.under("TMR", Jvm.current()).option("-Dplr.onDivergence=stop")
                .option("-Djplr.test.faultyReplica=1").app(Divergent.class).run();
        assertEquals(NO_MAJORITY, run.exitStatus(), run::toString);
        assertTrue(expected.out().startsWith(run.out()) && run.out().startsWith("first line\n"), run::toString);
        List<String> messages = run.jplrLines();
        assertEquals(1, messages.size(), run::toString);
        assertTrue(messages.get(0).startsWith("jplr: replica 1 ") && messages.get(0).contains("exit status 79"),
                run::toString);
        assertEquals(messages.size(), run.err().split("\n").length, "only jPLR's lines: " + run.err());
    }

    private static void assertStopsAfterFirstLine(Launch launch) {
        Run run = launch.option("-Dplr.onDivergence=stop").option("-Djplr.test.faultyReplica=1")
                .app(Divergent.class).run();
        assertEquals(NO_MAJORITY, run.exitStatus(), run::toString);
        assertEquals("first line\n", run.out(), "nothing of the disputed write or after it may be written");
        List<String> messages = run.jplrLines();
        assertFalse(messages.isEmpty(), run::toString);
        assertEquals(messages.size(), run.err().split("\n").length, "only jPLR's lines: " + run.err());
    }
}
