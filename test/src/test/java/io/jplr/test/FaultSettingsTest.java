package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.Divergent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fault-tolerance settings are checked like the others: a bad value is one line on stderr naming the
 * setting, exit status 78, and the program does not run; each form the settings allow is accepted.
 */
class FaultSettingsTest {
    private static final int CONFIGURATION = 78;

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
        "plr.timeout, abc",
        "plr.replayLog, -1",
        "plr.cpus, 99", // the machines this runs on have far fewer than 100 CPUs
        "plr.onDivergence, maybe",
        "plr.debug, 7", // TMR has replicas 0 to 2
        "plr.quiet, perhaps",
    })
    void anInvalidValueIsRejectedBeforeTheProgramRuns(String setting, String value) {
        Run run = Launch.under("TMR", Jvm.current()).option("-D" + setting + "=" + value).app(Divergent.class).run();
        assertEquals(CONFIGURATION, run.exitStatus(), run::toString);
        assertEquals("", run.out(), "the program must not run");
        String[] lines = run.err().split("\n");
        assertEquals(1, lines.length, run::toString);
        assertTrue(lines[0].startsWith("jplr: ") && lines[0].contains(setting), run::toString);
    }

    @Test
    void everyFormOfTheSettingsIsAccepted() {
        int cpus = Runtime.getRuntime().availableProcessors();
        Run expected = Launch.on(Jvm.current()).app(Divergent.class).run();
        Run run = Launch.under("TMR", Jvm.current())
                .option("-Dplr.onDivergence=recover")
                .option("-Dplr.replayLog=64m")
                .option("-Dplr.timeout=2500ms")
                .option("-Dplr.cpus=" + (cpus > 1 ? "0-" + (cpus - 1) : "0"))
                .option("-Dplr.quiet=false")
                .app(Divergent.class).run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals(expected.out(), run.out());
        assertEquals("", run.err());
    }
}
