package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A bad or unknown setting, from any source: one line on stderr naming the setting and what is allowed, exit
 * status 78, and the program never runs (no output at all).
 */
class SettingsErrorTest {
    private static final int CONFIGURATION = 78;

    @Test
    void invalidModeFromSystemProperty() {
        assertRejected(Launch.under("XMR", Jvm.current()), "invalid plr.mode 'XMR'", "off, DMR, TMR");
    }

    @Test
    void invalidModeFromAgentArgument() {
        assertRejected(Launch.on(Jvm.current()).agent("mode=quad"), "invalid plr.mode 'quad'", "off, DMR, TMR");
    }

    @Test
    void invalidModeFromEnvironment() {
        assertRejected(Launch.on(Jvm.current()).agent("").env("PLR_MODE", "5MR"), "invalid plr.mode '5MR'",
                "PLR_MODE");
    }

    @Test
    void evenReplicaCountUnderTmr() {
        assertRejected(Launch.under("TMR", Jvm.current()).option("-Dplr.replicas=4"), "invalid plr.replicas '4'",
                "odd number");
    }

    @Test
    void unknownSettingIsReported() {
        assertRejected(Launch.under("TMR", Jvm.current()).option("-Dplr.mdoe=DMR"), "unknown setting plr.mdoe",
                "plr.mode");
    }

    @Test
    void aHigherPrecedenceSourceReplacesAnInvalidLowerOne() {
        Run expected = Launch.on(Jvm.current()).sample("crc32").run();
        Run run = Launch.on(Jvm.current()).agent("mode=bogus").env("PLR_MODE", "bogus").option("-Dplr.mode=off")
                .sample("crc32").run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertArrayEquals(expected.stdout(), run.stdout());
        assertEquals("", run.err());
    }

    private static void assertRejected(Launch launch, String... expectedParts) {
        Run run = launch.sample("crc32").run();
        assertEquals(CONFIGURATION, run.exitStatus(), run::toString);
        assertEquals(0, run.stdout().length, "the program must not run");
        String[] lines = run.err().split("\n");
        assertEquals(1, lines.length, run::toString);
        assertTrue(lines[0].startsWith("jplr: "), run::toString);
        for (String part : expectedParts) {
            assertTrue(lines[0].contains(part), "'" + part + "' missing from: " + lines[0]);
        }
    }
}
