package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.Divergent;
import org.junit.jupiter.api.Test;

/**
 * A replica that writes something else is outvoted under TMR; under DMR no majority exists, so the run stops
 * before the disagreeing write and nothing more reaches the outside world.
 */
class DivergenceTest {
    private static final int NO_MAJORITY = 79;

    @Test
    void tmrOutvotesTheDivergentReplica() {
        Run expected = Launch.on(Jvm.current()).app(Divergent.class).run();
        Run run = Launch.under("TMR", Jvm.current()).option("-Djplr.test.faultyReplica=2").app(Divergent.class).run();
        assertEquals(expected.out(), run.out());
        assertEquals(0, run.exitStatus(), run::toString);
        String[] messages = run.err().split("\n");
        assertEquals(1, messages.length, run::toString);
        assertTrue(messages[0].startsWith("jplr: replica 2 diverged at STDOUT_WRITE"), run::toString);
    }

    @Test
    void dmrStopsAtTheFirstDisagreementWithADistinctStatus() {
        Run run = Launch.under("DMR", Jvm.current()).option("-Djplr.test.faultyReplica=1").app(Divergent.class).run();
        assertEquals(NO_MAJORITY, run.exitStatus(), run::toString);
        assertEquals("first line\n", run.out(), "nothing after the disagreement may be written");
        String[] messages = run.err().split("\n");
        assertEquals(1, messages.length, run::toString);
        assertTrue(messages[0].startsWith("jplr: ") && messages[0].contains("exit status 79"), run::toString);
    }
}
