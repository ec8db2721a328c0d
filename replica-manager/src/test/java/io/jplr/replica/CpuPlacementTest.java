package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CpuPlacementTest {
    @TempDir
    static Path directory;
    private static NativeCalls calls;
    /** The CPUs the test thread may use, as the master's own. */
    private int[] mine;

    @BeforeAll
    static void load() {
        calls = NativeCalls.load(directory);
        assertTrue(calls.available(), calls.unavailableReason());
    }

    @BeforeEach
    void readOwnCpus() {
        mine = calls.threadAffinity();
    }

    /** Starts and ends a replica in the slot; returns its CPU, having checked the caller kept its own. */
    private int startAndEnd(CpuPlacement placement, int slot) throws Exception {
        Process process = placement.start(slot, new ProcessBuilder("true"));
        assertArrayEquals(mine, calls.threadAffinity(), "the calling thread's CPUs are restored");
        assertEquals(0, process.waitFor());
        return placement.cpuOf(slot);
    }

    private int[] twoCpus() {
        assumeTrue(mine.length >= 2, "needs two CPUs");
        return new int[] {mine[0], mine[1]};
    }

    @Test
    void withoutNativeCallsNothingIsPinnedAndTheNoteSaysWhy() throws Exception {
        CpuPlacement placement = CpuPlacement.plan(1, null, NativeCalls.unavailable("no JNA here"));
        assertFalse(placement.pinned());
        assertEquals("native calls unavailable (no JNA here): replicas are not pinned", placement.note());
        assertArrayEquals(IntStream.range(0, Runtime.getRuntime().availableProcessors()).toArray(), placement.cpus());
        assertEquals(-1, startAndEnd(placement, 0));
    }

    @Test
    void tooFewCpusAreNotPinnedAndTheNoteSaysWhy() throws Exception {
        CpuPlacement placement = CpuPlacement.plan(2, new int[] {mine[0]}, calls);
        assertFalse(placement.pinned());
        assertEquals("1 CPU for 2 replicas: replicas are not pinned", placement.note());
        assertEquals(-1, startAndEnd(placement, 1));
        int more = mine.length + 1;
        assertEquals(mine.length + " CPU" + (mine.length == 1 ? "" : "s") + " for " + more
                + " replicas: replicas are not pinned", CpuPlacement.plan(more, null, calls).note());
    }

    @Test
    void automaticPlacementUsesTheMastersOwnCpus() {
        CpuPlacement placement = CpuPlacement.plan(1, null, calls);
        assertTrue(placement.pinned());
        assertEquals("", placement.note());
        assertArrayEquals(mine, placement.cpus());
    }

    @Test
    void aChosenCpuTheMasterMayNotUseIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CpuPlacement.plan(1, new int[] {CpuPlacement.MAX_CPUS - 1}, calls));
        assertTrue(e.getMessage().startsWith("CPU 8191 is not one this process may run on"), e.getMessage());
    }

    @Test
    void theReplicaRunsOnItsCpuFromItsFirstInstruction() throws Exception {
        CpuPlacement placement = CpuPlacement.plan(1, new int[] {mine[0]}, calls);
        Process cat = placement.start(0, new ProcessBuilder("cat", "/proc/self/status"));
        assertArrayEquals(mine, calls.threadAffinity(), "the calling thread's CPUs are restored");
        String status = new String(cat.getInputStream().readAllBytes(), UTF_8);
        assertEquals(0, cat.waitFor());
        assertTrue(status.contains("\nCpus_allowed_list:\t" + mine[0] + "\n"), status);
        assertEquals(mine[0], placement.cpuOf(0));
    }

    /** The JDK forks through jspawnhelper: every thread of the replica JVM must still be on the one CPU. */
    @Test
    void everyThreadOfAReplicaJvmRunsOnItsCpu() throws Exception {
        int cpu = mine[mine.length - 1];
        CpuPlacement placement = CpuPlacement.plan(1, new int[] {cpu}, calls);
        Process jvm = placement.start(0, new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AffinityReport.class.getName()));
        List<String> lines = new String(jvm.getInputStream().readAllBytes(), UTF_8).lines().toList();
        assertEquals(0, jvm.waitFor());
        assertEquals("processors 1", lines.get(0));
        assertTrue(lines.size() > 5, "the JVM's own threads too: " + lines);
        assertEquals(List.of("thread " + cpu), lines.stream().skip(1).distinct().toList());
    }

    @Test
    void eachLiveReplicaHasACpuOfItsOwn() throws Exception {
        int[] two = twoCpus();
        CpuPlacement placement = CpuPlacement.plan(2, two, calls);
        Process first = placement.start(0, new ProcessBuilder("sleep", "30"));
        Process second = placement.start(1, new ProcessBuilder("sleep", "30"));
        try {
            assertEquals(Integer.toString(two[0]), CpuPlacement.allowedCpus(first.pid()));
            assertEquals(Integer.toString(two[1]), CpuPlacement.allowedCpus(second.pid()));
        } finally {
            first.destroyForcibly();
            second.destroyForcibly();
        }
        assertTrue(first.waitFor(10, TimeUnit.SECONDS));
        assertEquals("", CpuPlacement.allowedCpus(first.pid()), "a process gone has no CPUs");
    }

    @Test
    void aReplacementKeepsItsSlotsCpuUnlessReleasedAsSuspect() throws Exception {
        int[] two = twoCpus();
        CpuPlacement placement = CpuPlacement.plan(1, two, calls);
        assertEquals(two[0], startAndEnd(placement, 0));
        placement.release(0, false);
        assertEquals(two[0], startAndEnd(placement, 0));
        placement.release(0, true);
        assertEquals(two[1], startAndEnd(placement, 0));
        placement.release(0, false);
        assertEquals(two[1], startAndEnd(placement, 0), "the new CPU is the slot's now");
    }

    @Test
    void aSuspectSlotKeepsItsCpuWhenNoOtherIsFree() throws Exception {
        int[] two = twoCpus();
        CpuPlacement placement = CpuPlacement.plan(2, two, calls);
        assertEquals(two[0], startAndEnd(placement, 0));
        assertEquals(two[1], startAndEnd(placement, 1));
        placement.release(0, true);
        assertEquals(two[0], startAndEnd(placement, 0));
    }

    @Test
    void aSlotWhoseCpuWasTakenMovesToAFreeOne() throws Exception {
        int[] two = twoCpus();
        CpuPlacement placement = CpuPlacement.plan(2, two, calls);
        startAndEnd(placement, 0);
        startAndEnd(placement, 1);
        placement.release(1, false);
        placement.release(0, true);
        assertEquals(two[1], startAndEnd(placement, 0));
        assertEquals(two[0], startAndEnd(placement, 1));
    }

    @Test
    void lessImplicatedCpusComeFirst() throws Exception {
        int[] two = twoCpus();
        CpuPlacement placement = CpuPlacement.plan(1, two, calls);
        placement.suspects().implicate(Integer.toString(two[0]));
        assertEquals(two[1], startAndEnd(placement, 0));
    }

    @Test
    void slotsOutsideThePlanAreRefused() {
        CpuPlacement placement = CpuPlacement.plan(1, null, calls);
        assertThrows(IllegalArgumentException.class, () -> placement.start(1, new ProcessBuilder("true")));
        assertThrows(IllegalArgumentException.class, () -> placement.release(-1, false));
    }
}
