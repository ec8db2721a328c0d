package io.jplr.agent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.replica.RunOptions;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SettingsTest {
    private static final Map<String, String> NO_ENV = Map.of();

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }

    private static Settings fromArgs(String agentArguments) throws SettingsException {
        return Settings.resolve(agentArguments, new Properties(), NO_ENV);
    }

    /** Resolves, expects failure, and checks that the message names everything the user needs to fix it. */
    private static void rejects(String agentArguments, Properties properties, Map<String, String> environment,
            String... mentioned) {
        SettingsException e = assertThrows(SettingsException.class,
                () -> Settings.resolve(agentArguments, properties, environment));
        for (String text : mentioned) {
            assertTrue(e.getMessage().contains(text), "'" + e.getMessage() + "' should mention " + text);
        }
    }

    private static void rejectsArgs(String agentArguments, String... mentioned) {
        rejects(agentArguments, new Properties(), NO_ENV, mentioned);
    }

    private static void assertSettings(Mode mode, int replicas, int quorum, Settings settings) {
        assertEquals(mode, settings.mode());
        assertEquals(replicas, settings.replicas());
        assertEquals(quorum, settings.quorum());
    }

    // ------------------------------------------------------------- defaults and modes

    @Test
    void noSettingsMeansTmrWithThreeReplicas() throws SettingsException {
        assertSettings(Mode.TMR, 3, 2, Settings.resolve(null, new Properties(), NO_ENV));
        assertSettings(Mode.TMR, 3, 2, fromArgs(""));
    }

    @Test
    void unrelatedPropertiesAndEnvironmentAreIgnored() throws SettingsException {
        Settings settings = Settings.resolve(null, properties("java.version", "17", "plrx.mode", "DMR"),
                Map.of("PATH", "/usr/bin", "PLRMODE", "DMR", "HOME", "/root"));
        assertSettings(Mode.TMR, 3, 2, settings);
    }

    @Test
    void dmrRunsTwoReplicasThatMustAllAgree() throws SettingsException {
        assertSettings(Mode.DMR, 2, 2, fromArgs("mode=DMR"));
        assertSettings(Mode.DMR, 2, 2, fromArgs("mode=DMR,replicas=2"));
    }

    @Test
    void tmrWithFiveReplicasNeedsThreeToAgree() throws SettingsException {
        assertSettings(Mode.TMR, 5, 3, fromArgs("mode=TMR,replicas=5"));
        assertSettings(Mode.TMR, 5, 3, fromArgs("replicas=5"));
        assertSettings(Mode.TMR, Settings.MAX_REPLICAS, Settings.MAX_REPLICAS / 2 + 1,
                fromArgs("replicas=" + Settings.MAX_REPLICAS));
    }

    @Test
    void modeIsCaseInsensitive() throws SettingsException {
        assertEquals(Mode.TMR, fromArgs("mode=tmr").mode());
        assertEquals(Mode.DMR, fromArgs("mode=Dmr").mode());
        assertEquals(Mode.OFF, fromArgs("mode=OFF").mode());
        assertEquals(Mode.OFF, fromArgs("mode=off").mode());
    }

    @Test
    void offIgnoresReplicas() throws SettingsException {
        assertEquals(0, fromArgs("mode=off").replicas());
        assertEquals(0, fromArgs("mode=off,replicas=5").replicas());
        assertEquals(0, fromArgs("mode=off,replicas=4").replicas());
    }

    @Test
    void agentArgumentsMayCarryThePropertyPrefixAndSpaces() throws SettingsException {
        assertEquals(Mode.DMR, fromArgs("plr.mode=DMR").mode());
        assertSettings(Mode.TMR, 5, 3, fromArgs(" mode = TMR , replicas = 5 "));
    }

    // ------------------------------------------------------------- precedence

    @Test
    void environmentAloneApplies() throws SettingsException {
        assertSettings(Mode.DMR, 2, 2, Settings.resolve(null, new Properties(), Map.of("PLR_MODE", "DMR")));
    }

    @Test
    void agentArgumentBeatsEnvironment() throws SettingsException {
        Settings settings = Settings.resolve("mode=TMR", new Properties(), Map.of("PLR_MODE", "DMR"));
        assertEquals(Mode.TMR, settings.mode());
    }

    @Test
    void systemPropertyBeatsAgentArgumentAndEnvironment() throws SettingsException {
        Settings settings = Settings.resolve("mode=TMR", properties("plr.mode", "DMR"), Map.of("PLR_MODE", "off"));
        assertEquals(Mode.DMR, settings.mode());
        settings = Settings.resolve(null, properties("plr.mode", "off"), Map.of("PLR_MODE", "DMR"));
        assertEquals(Mode.OFF, settings.mode());
    }

    @Test
    void sourcesCombinePerKey() throws SettingsException {
        // Mode from one source, replicas from another: each key takes its own highest-precedence value.
        Settings settings = Settings.resolve("mode=TMR", properties("plr.replicas", "7"), Map.of("PLR_REPLICAS", "5"));
        assertSettings(Mode.TMR, 7, 4, settings);
        settings = Settings.resolve("replicas=5", new Properties(), Map.of("PLR_MODE", "TMR"));
        assertSettings(Mode.TMR, 5, 3, settings);
    }

    // ------------------------------------------------------------- errors

    @Test
    void invalidModeNamesTheSettingTheValueAndTheAllowedValues() {
        rejectsArgs("mode=XMR", "plr.mode", "'XMR'", "off", "DMR", "TMR");
        rejects(null, properties("plr.mode", "quad"), NO_ENV, "plr.mode", "'quad'", "-Dplr.mode");
        rejects(null, new Properties(), Map.of("PLR_MODE", ""), "plr.mode", "PLR_MODE");
    }

    @Test
    void nonNumericReplicasIsRejected() {
        rejectsArgs("replicas=three", "plr.replicas", "'three'", "3 to " + Settings.MAX_REPLICAS);
        rejectsArgs("replicas=", "plr.replicas");
        rejectsArgs("replicas=3.0", "plr.replicas", "'3.0'");
    }

    @Test
    void replicasBelowTwoIsRejected() {
        rejectsArgs("replicas=1", "plr.replicas", "'1'");
        rejectsArgs("replicas=0", "plr.replicas", "'0'");
        rejectsArgs("replicas=-3", "plr.replicas", "'-3'");
    }

    @Test
    void evenReplicasWithTmrIsRejected() {
        rejectsArgs("mode=TMR,replicas=4", "plr.replicas", "'4'", "odd");
        // TMR is the default mode, so an even count alone is the same mistake.
        rejectsArgs("replicas=2", "plr.replicas", "'2'", "odd");
    }

    @Test
    void dmrWithOtherThanTwoReplicasIsRejected() {
        rejectsArgs("mode=DMR,replicas=3", "plr.replicas", "'3'", "2");
    }

    @Test
    void replicasAboveTheMaximumIsRejected() {
        int tooMany = Settings.MAX_REPLICAS + 2; // odd, so only the bound can reject it
        rejectsArgs("replicas=" + tooMany, "plr.replicas", "'" + tooMany + "'", String.valueOf(Settings.MAX_REPLICAS));
        rejectsArgs("replicas=" + Integer.MAX_VALUE, "plr.replicas");
        rejectsArgs("replicas=99999999999", "plr.replicas", "'99999999999'");
    }

    @Test
    void unknownKeyFromEachSourceIsRejected() {
        // A typo must never silently leave the program unprotected.
        rejects(null, properties("plr.mdoe", "TMR"), NO_ENV, "plr.mdoe", "-Dplr.mdoe", "plr.mode", "plr.replicas");
        rejects("mdoe=TMR", new Properties(), NO_ENV, "plr.mdoe", "plr.mode", "plr.replicas");
        rejects(null, new Properties(), Map.of("PLR_FOO", "1"), "plr.foo", "PLR_FOO", "plr.mode", "plr.replicas");
    }

    @Test
    void agentArgumentWithoutEqualsIsRejected() {
        rejectsArgs("TMR", "'TMR'", "KEY=VALUE", "mode", "replicas");
        rejectsArgs("mode=DMR,replicas", "'replicas'", "KEY=VALUE");
        rejectsArgs("=DMR", "'=DMR'", "KEY=VALUE");
    }

    @Test
    void modeStillValidatesReplicasAfterPrecedence() {
        // The environment asks for DMR, the property for 3 replicas: together they are invalid.
        rejects(null, properties("plr.replicas", "3"), Map.of("PLR_MODE", "DMR"), "plr.replicas", "'3'");
    }

    @Test
    void faultToleranceSettingsHaveDefaultsAndAreReadFromEverySource() throws SettingsException {
        RunOptions defaults = fromArgs("mode=TMR").runOptions();
        assertEquals(false, defaults.stopOnDivergence());
        assertEquals(Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 4), defaults.replayLogBytes());
        assertEquals(5_000, defaults.timeoutMillis());
        assertEquals(null, defaults.cpus());
        assertEquals(null, defaults.report());
        assertEquals(false, defaults.quiet());
        assertEquals(-1, defaults.debugReplica());

        RunOptions set = Settings.resolve("onDivergence=stop,replayLog=64m,timeout=1500ms", properties(
                "plr.quiet", "true", "plr.debug", "2"), Map.of("PLR_ON_DIVERGENCE", "recover")).runOptions();
        assertEquals(true, set.stopOnDivergence(), "the agent argument wins over the environment");
        assertEquals(64L << 20, set.replayLogBytes());
        assertEquals(1_500, set.timeoutMillis());
        assertEquals(true, set.quiet());
        assertEquals(2, set.debugReplica());
        assertEquals(3, Settings.resolve(null, properties("plr.replayLog", "3"), NO_ENV).runOptions().replayLogBytes());
        assertEquals(2L << 30, fromArgs("replayLog=2g").runOptions().replayLogBytes());
        assertEquals(7_000, fromArgs("timeout=7s").runOptions().timeoutMillis());
    }

    @Test
    void mappedWritesAreBatchedUnlessTurnedOff() throws SettingsException {
        assertEquals(true, fromArgs("mode=TMR").batchMappedWrites());
        assertEquals(false, fromArgs("mode=TMR,mapBatch=false").batchMappedWrites());
        assertEquals(false, Settings.resolve(null, properties("plr.mapBatch", "FALSE"), NO_ENV).batchMappedWrites());
        assertEquals(false, Settings.resolve(null, new java.util.Properties(), Map.of("PLR_MAP_BATCH", "false"))
                .batchMappedWrites());
        rejectsArgs("mapBatch=sometimes", "plr.mapBatch", "'sometimes'", "true", "false");
    }

    @Test
    void cpusMayBeAListInAgentArgumentsToo() throws SettingsException {
        int[] allowed = io.jplr.replica.CpuPlacement.parseList(
                io.jplr.replica.CpuPlacement.allowedCpus(ProcessHandle.current().pid()));
        org.junit.jupiter.api.Assumptions.assumeTrue(allowed.length >= 2, "needs two CPUs");
        String list = allowed[0] + "," + allowed[1];
        assertArrayEquals(new int[] {allowed[0], allowed[1]},
                fromArgs("mode=DMR,cpus=" + list + ",quiet=true").runOptions().cpus());
        // Fewer CPUs than replicas: the replicas share them, unpinned (the report says so).
        assertArrayEquals(new int[] {allowed[0]}, fromArgs("mode=DMR,cpus=" + allowed[0]).runOptions().cpus());
    }

    @Test
    void invalidFaultToleranceSettingsAreRejectedWithWhatIsAllowed() {
        rejectsArgs("onDivergence=maybe", "plr.onDivergence", "'maybe'", "recover", "stop");
        rejectsArgs("replayLog=-1", "plr.replayLog", "'-1'", "suffix");
        rejectsArgs("replayLog=12x", "plr.replayLog", "'12x'");
        rejectsArgs("replayLog=99999999999g", "plr.replayLog");
        rejectsArgs("timeout=abc", "plr.timeout", "'abc'", "ms");
        rejectsArgs("timeout=5", "plr.timeout", "'5'");
        rejectsArgs("timeout=", "plr.timeout");
        rejectsArgs("timeout=s", "plr.timeout", "'s'");
        rejectsArgs("timeout=10ms", "plr.timeout", "'10ms'", "at least 100ms");
        rejectsArgs("cpus=99", "plr.cpus", "'99'", "CPU 99");
        rejectsArgs("cpus=a-b", "plr.cpus", "'a-b'", "0,2,4-6");
        rejectsArgs("quiet=perhaps", "plr.quiet", "'perhaps'", "true", "false");
        rejectsArgs("mode=TMR,debug=3", "plr.debug", "'3'", "0 to 2");
        rejectsArgs("mode=DMR,debug=-1", "plr.debug", "'-1'", "0 to 1");
        rejectsArgs("report=/nonexistent-dir/report.jsonl", "plr.report", "/nonexistent-dir");
    }
}
