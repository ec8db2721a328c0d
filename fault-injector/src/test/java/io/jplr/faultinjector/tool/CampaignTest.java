package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.faultinjector.FaultModel;
import io.jplr.faultinjector.tool.FakeLauncher.Call;
import io.jplr.faultinjector.tool.FakeLauncher.Effect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign's orchestration, driven through runs that are no processes. */
class CampaignTest {
    private static final long SEED = 20240601L;
    private static final Duration WINDOW = Duration.ofMillis(60);

    @TempDir
    Path workDir;

    private final FakeLauncher launcher = new FakeLauncher();
    private final List<String> notes = new ArrayList<>();
    private final List<RunRecord> finished = new ArrayList<>();

    @Test
    void injectsIntoTheDrawnReplicaAndClassifiesEveryRun() throws Exception {
        // Replica 0's faults are repaired, replica 1's stop the run, replica 2's corrupt the output.
        launcher.script = call -> switch (call.replica()) {
            case 0 -> Effect.CORRECTED;
            case 1 -> Effect.STOPPED;
            default -> Effect.SDC;
        };
        CampaignResult result = campaign(settings(ProtectionMode.TMR, FaultModel.HEAP, 12, 2, null)).run();

        assertEquals(12, result.records().size());
        assertEquals(12, finished.size());
        long[] expected = new long[3];
        for (RunRecord record : result.records()) {
            InjectionPlan plan = InjectionPlan.draw(SEED, record.run(), 3);
            assertEquals(plan.replica(), record.replica());
            assertEquals(0, record.delayMillis(), "a heap fault strikes at a branch, armed at once");
            assertTrue(record.injected(), record.toString());
            assertEquals("heap", record.model());
            Call call = onlyCall(record.run());
            assertEquals("heap", call.operation());
            assertEquals(plan.replica(), call.replica());
            assertEquals(plan.injectorSeed(), call.seed());
            assertEquals(call.operation() + " into replica " + call.replica() + " (seed " + call.seed() + ")",
                    record.description());
            expected[plan.replica()]++;
            Outcome outcome = List.of(Outcome.CORRECTED, Outcome.STOPPED, Outcome.SDC).get(plan.replica());
            assertEquals(outcome, record.outcome());
        }
        CampaignSummary summary = result.summary();
        assertEquals(expected[0], summary.count(Outcome.CORRECTED));
        assertEquals(expected[1], summary.count(Outcome.STOPPED));
        assertEquals(expected[2], summary.count(Outcome.SDC));
        assertEquals(12, summary.runs());
        assertEquals(Duration.ofSeconds(20), result.timeLimit(), "at least 20 s");
        assertTrue(launcher.mostConcurrent.get() <= 2, "no more than --jobs runs at once");
        // A protected run judged stopped or sdc is kept to be looked into (its directory and output); the others
        // leave nothing behind.
        List<String> kept = new ArrayList<>();
        for (RunRecord record : result.records()) {
            if (record.outcome() != Outcome.CORRECTED) {
                String name = "run-" + record.run();
                kept.addAll(List.of(name, name + ".out", name + ".err", name + ".jsonl"));
            }
        }
        try (Stream<Path> left = Files.list(workDir)) {
            assertEquals(new TreeSet<>(kept), left.map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
    }

    @Test
    void theSameSeedGivesTheSameInjections() throws Exception {
        launcher.script = call -> Effect.CORRECTED;
        CampaignResult first = campaign(settings(ProtectionMode.DMR, FaultModel.OUTPUT, 8, 2, null)).run();
        Map<String, List<Call>> firstCalls = new TreeMap<>(launcher.calls);
        launcher.calls.clear();
        Path again = Files.createDirectory(workDir.resolve("again"));
        CampaignResult second = new Campaign(settings(ProtectionMode.DMR, FaultModel.OUTPUT, 8, 1, null), launcher,
                again, notes::add, r -> { }).run();
        assertEquals(firstCalls, new TreeMap<>(launcher.calls));
        assertEquals(RunCsv.of(first.records()).replaceAll(",\\d+\\n", "\n"),
                RunCsv.of(second.records()).replaceAll(",\\d+\\n", "\n"), "equal but for the timings");
    }

    @Test
    void registerFaultsAimAtABranchAheadWithinTheFaultFreeRunsCount() throws Exception {
        launcher.script = call -> Effect.NONE;
        campaign(settings(ProtectionMode.TMR, FaultModel.REGISTER, 6, 2, null)).run();
        for (int run = 0; run < 6; run++) {
            Call call = onlyCall(run);
            assertEquals("register", call.operation());
            assertTrue(call.argument() > 0 && call.argument() <= launcher.branchesPerRun + 1, call.toString());
        }
    }

    @Test
    void memoryFaultsFlipTheRequestedBits() throws Exception {
        CampaignSettings settings = new CampaignSettings("fake", "small", ProtectionMode.TMR, FaultModel.MEMORY, 2,
                SEED, 1, null, WINDOW, 4, false);
        campaign(settings).run();
        assertEquals(4, onlyCall(0).argument());
        assertEquals(4, onlyCall(1).argument());
    }

    @Test
    void aRunThatEndsBeforeItsInjectionIsMaskedAndNotInjected() throws Exception {
        launcher.life = Duration.ZERO;
        CampaignResult result = campaign(settings(ProtectionMode.TMR, FaultModel.HEAP, 3, 1, null)).run();
        for (RunRecord record : result.records()) {
            assertFalse(record.injected());
            assertEquals(Outcome.MASKED, record.outcome());
            assertTrue(record.description().contains("ended before"), record.description());
        }
        assertEquals(3, result.notInjected());
        assertTrue(launcher.calls.isEmpty());
    }

    @Test
    void aRunPastTheTimeLimitIsKilledAsAHang() throws Exception {
        launcher.script = call -> call.replica() == 0 ? Effect.HANG : Effect.CORRECTED;
        CampaignResult result = campaign(settings(ProtectionMode.TMR, FaultModel.HANG, 6, 2,
                Duration.ofMillis(400))).run();
        int hangs = 0;
        for (RunRecord record : result.records()) {
            boolean hung = InjectionPlan.draw(SEED, record.run(), 3).replica() == 0;
            assertEquals(hung ? Outcome.HANG : Outcome.CORRECTED, record.outcome());
            if (hung) {
                hangs++;
                assertEquals(137, record.exitStatus());
            }
        }
        assertEquals(hangs, launcher.kills.get());
    }

    @Test
    void unprotectedCrashesAreTold() throws Exception {
        launcher.script = call -> call.seed() % 2 == 0 ? Effect.SIGSEGV : Effect.UNCAUGHT;
        CampaignResult result = campaign(settings(ProtectionMode.OFF, FaultModel.CRASH, 4, 2, null)).run();
        assertEquals(4, result.summary().count(Outcome.CRASH));
        for (RunRecord record : result.records()) {
            assertEquals(0, record.replica(), "off has one replica, the JVM itself");
        }
    }

    @Test
    void aCrashThatTakesTheBeanDownStillCountsAsInjected() throws Exception {
        launcher.script = call -> Effect.SIGSEGV;
        launcher.crashTakesTheBeanDown = true;
        CampaignResult result = campaign(settings(ProtectionMode.OFF, FaultModel.CRASH, 2, 1, null)).run();
        for (RunRecord record : result.records()) {
            assertTrue(record.injected(), record.toString());
            assertEquals(Outcome.CRASH, record.outcome());
        }
    }

    @Test
    void refusesWhenTheFaultFreeRunDiffersFromTheNativeOne() {
        launcher.faultFree = Effect.DIFFERENT;
        ToolFailure failure = assertThrows(ToolFailure.class,
                () -> campaign(settings(ProtectionMode.TMR, FaultModel.HEAP, 2, 1, null)).run());
        assertEquals("the fault-free run under TMR does not reproduce the native run (its stdout differs from byte"
                + " 18)", failure.getMessage());
    }

    @Test
    void saysWhenJplrRefusesFaultInjection() {
        launcher.faultFree = Effect.REFUSED;
        ToolFailure failure = assertThrows(ToolFailure.class,
                () -> campaign(settings(ProtectionMode.DMR, FaultModel.HEAP, 2, 1, null)).run());
        assertEquals("the fault-free run under DMR was refused by jPLR (exit 78, invalid settings): jplr: unknown"
                + " setting plr.faultinjection (from -Dplr.faultInjection)", failure.getMessage());
    }

    @Test
    void saysWhenTheBeanNeverAppears() {
        launcher.noBean = true;
        ToolFailure failure = assertThrows(ToolFailure.class,
                () -> campaign(settings(ProtectionMode.TMR, FaultModel.HEAP, 2, 1, null)).run());
        assertEquals("the fault-free run under TMR registered no io.jplr:type=FaultInjector MXBean within 10 s:"
                + " does the agent support plr.faultInjection=true?", failure.getMessage());
    }

    @Test
    void saysWhenTheRunIsTooShortToReachTheBean() {
        launcher.faultFreeLife = Duration.ZERO;
        ToolFailure failure = assertThrows(ToolFailure.class,
                () -> campaign(settings(ProtectionMode.TMR, FaultModel.HEAP, 2, 1, null)).run());
        assertTrue(failure.getMessage().startsWith("the fault-free run under TMR ended before its "
                + "io.jplr:type=FaultInjector MXBean could be reached"), failure.getMessage());
    }

    @Test
    void keepsTheRunsWhenAsked() throws Exception {
        CampaignSettings settings = new CampaignSettings("fake", "small", ProtectionMode.TMR, FaultModel.HEAP, 2,
                SEED, 1, null, WINDOW, 1, true);
        campaign(settings).run();
        for (String name : List.of("native.out", "fault-free-1.jsonl", "fault-free-2.out", "run-0", "run-0.out",
                "run-0.err", "run-1.jsonl")) {
            assertTrue(Files.exists(workDir.resolve(name)), name);
        }
    }

    private Campaign campaign(CampaignSettings settings) {
        return new Campaign(settings, launcher, workDir, notes::add, finished::add);
    }

    private static CampaignSettings settings(ProtectionMode mode, FaultModel model, int runs, int jobs,
            Duration timeLimit) {
        return new CampaignSettings("fake", "small", mode, model, runs, SEED, jobs, timeLimit, WINDOW, 1, false);
    }

    private Call onlyCall(int run) {
        List<Call> calls = launcher.calls.get("run-" + run);
        assertEquals(1, calls == null ? 0 : calls.size(), "calls of run " + run + ": " + calls);
        return calls.get(0);
    }
}
