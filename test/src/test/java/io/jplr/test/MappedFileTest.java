package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.MappedAccess;
import io.jplr.test.apps.MappedFaultyExchange;
import io.jplr.test.apps.MappedJoinThenPrint;
import io.jplr.test.apps.MappedSegment;
import io.jplr.test.apps.MappedSnapshot;
import io.jplr.test.apps.MappedThreads;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Memory-mapped files under jPLR (copy and execute): no replica maps a shared file; the master performs every
 * access on its one real mapping. Each test compares with a native run of the same program, or with what the
 * test itself wrote into the file.
 */
class MappedFileTest {
    @TempDir
    Path directory;

    /** A peer, run natively, on the file; the program then runs as {@code program} says. */
    private PeerRun exchange(String name, Launch program) throws Exception {
        Path file = directory.resolve(name);
        Process peer = Launch.on(Jvm.current()).sample("mapped-peer", "small", file.toString()).start();
        CompletableFuture<byte[]> peerOut = Launch.drain(peer.getInputStream());
        CompletableFuture<byte[]> peerErr = Launch.drain(peer.getErrorStream());
        try {
            Run run = program.run();
            assertTrue(peer.waitFor(60, TimeUnit.SECONDS), "the peer did not see the end mark: " + run);
            assertEquals("", new String(peerErr.join()), "the peer's stderr");
            return new PeerRun(run, new String(peerOut.join()), Files.readAllBytes(file));
        } finally {
            peer.destroyForcibly();
        }
    }

    private record PeerRun(Run program, String peer, byte[] file) {
    }

    @Test
    void theExchangeSampleUnderTmrIsTheNativeExchange() throws Exception {
        Path nativeFile = directory.resolve("native");
        PeerRun expected = exchange("native", Launch.on(Jvm.current()).sample("mapped-exchange", "small",
                nativeFile.toString()));
        PeerRun actual = exchange("tmr", Launch.under("TMR", Jvm.current()).sample("mapped-exchange", "small",
                directory.resolve("tmr").toString()));
        assertEquals(0, actual.program().exitStatus(), actual.program()::toString);
        assertEquals(expected.program().out(), actual.program().out(), "the program's output");
        assertEquals("", actual.program().err(), "nothing on stderr");
        assertEquals(expected.peer(), actual.peer(), "what the other process saw, in order");
        assertEquals(51, actual.peer().lines().count(), "50 requests, each seen once, and the end");
        assertArrayEquals(expected.file(), actual.file(), "the file");
    }

    @Test
    void aCorruptedWriteIntoTheMappingIsOutvotedAndNeverReachesTheFile() throws Exception {
        Path report = directory.resolve("report.jsonl");
        PeerRun expected = exchange("native", Launch.on(Jvm.current()).app(MappedFaultyExchange.class,
                directory.resolve("native").toString(), "30"));
        PeerRun actual = exchange("tmr", Launch.under("TMR", Jvm.current()).option("-Djplr.test.faultyReplica=1")
                .option("-Dfault.line.1=20").option("-Dplr.report=" + report)
                .app(MappedFaultyExchange.class, directory.resolve("tmr").toString(), "30"));
        assertEquals(0, actual.program().exitStatus(), actual.program()::toString);
        assertEquals(expected.program().out(), actual.program().out(), "the program's output");
        assertEquals(expected.peer(), actual.peer(), "the other process saw the native values only");
        assertArrayEquals(expected.file(), actual.file(), "the file");
        Report records = Report.read(report);
        List<Map<String, Object>> divergences = records.events("divergence");
        assertEquals(1, divergences.size(), records::toString);
        Map<String, Object> divergence = divergences.get(0);
        assertEquals(1, Report.number(divergence, "replica"), divergence::toString);
        assertEquals("MAP_WRITE", divergence.get("call"), divergence::toString);
        assertEquals("output", divergence.get("kind"), divergence::toString);
        List<String> lines = actual.program().jplrLines();
        assertEquals(1, lines.size(), actual.program()::toString);
        assertTrue(lines.get(0).startsWith("jplr: replica 1 diverged at MAP_WRITE"), lines.get(0));
    }

    /**
     * The replica that wrote the corrupted value is replaced by replay (its mapping reopened, its reads served
     * from the log) and rejoins; the gate holds the others until it has.
     */
    @Test
    void theReplicaThatWroteACorruptedValueIsReplacedAndRejoins() throws Exception {
        Path report = directory.resolve("report.jsonl");
        PeerRun expected = exchange("native", Launch.on(Jvm.current()).option("-Dexchange.gate=15")
                .stdin("go\n".getBytes()).app(MappedFaultyExchange.class, directory.resolve("native").toString(), "20"));
        Path file = directory.resolve("tmr");
        Process peer = Launch.on(Jvm.current()).sample("mapped-peer", "small", file.toString()).start();
        CompletableFuture<byte[]> peerOut = Launch.drain(peer.getInputStream());
        try (LiveRun live = LiveRun.start(Launch.under("TMR", Jvm.current()).option("-Djplr.test.faultyReplica=1")
                .option("-Dfault.line.1=5").option("-Dexchange.gate=15").option("-Dplr.report=" + report)
                .app(MappedFaultyExchange.class, file.toString(), "20"))) {
            Report.await(report, "rejoin", 1, live.master());
            live.send("go");
            Run run = live.finish();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals(expected.program().out(), run.out());
            assertTrue(peer.waitFor(60, TimeUnit.SECONDS));
            assertEquals(expected.peer(), new String(peerOut.join()));
        } finally {
            peer.destroyForcibly();
        }
        Map<String, Object> end = Report.read(report).end();
        assertEquals(3, Report.number(end, "live"), end::toString);
        assertEquals(1, Report.number(end, "recoveries"), end::toString);
        assertArrayEquals(expected.file(), Files.readAllBytes(file), "the file");
    }

    static Stream<Arguments> accessRuns() {
        List<Arguments> runs = new ArrayList<>();
        for (Jvm jvm : Jvm.all()) {
            runs.add(Arguments.of(jvm, "TMR", "true"));
        }
        runs.add(Arguments.of(Jvm.current(), "DMR", "true"));
        runs.add(Arguments.of(Jvm.current(), "TMR", "false"));
        return runs.stream();
    }

    @ParameterizedTest(name = "{1} on {0}, batching {2}")
    @MethodSource("accessRuns")
    void everyWayToTheMappedMemoryGivesTheNativeResult(Jvm jvm, String mode, String batching) throws IOException {
        Path nativeFile = directory.resolve("native");
        Path file = directory.resolve("replicated");
        Run expected = Launch.on(jvm).app(MappedAccess.class, nativeFile.toString()).run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        Run actual = Launch.under(mode, jvm).option("-Dplr.mapBatch=" + batching)
                .app(MappedAccess.class, file.toString()).run();
        assertEquals(0, actual.exitStatus(), actual::toString);
        assertEquals(expected.out(), actual.out(), "stdout");
        assertEquals(expected.err(), actual.err(), "stderr");
        assertArrayEquals(Files.readAllBytes(nativeFile), Files.readAllBytes(file), "the file");
    }

    @Test
    void writesOfAThreadThatEndedAndOfOneStillRunningAtTheExitReachTheFile() throws IOException {
        Path nativeFile = directory.resolve("native");
        Path file = directory.resolve("replicated");
        Run expected = Launch.on(Jvm.current()).app(MappedThreads.class, nativeFile.toString()).run();
        Run actual = Launch.under("TMR", Jvm.current()).app(MappedThreads.class, file.toString()).run();
        assertEquals(3, expected.exitStatus(), expected::toString);
        assertEquals(3, actual.exitStatus(), actual::toString);
        assertEquals("sum 14850\n", expected.out());
        assertEquals(expected.out(), actual.out());
        assertEquals("", actual.err());
        assertArrayEquals(Files.readAllBytes(nativeFile), Files.readAllBytes(file), "the file");
    }

    /** JDK 22+: segments over mapped buffers are covered; a segment mapping ({@code Arena}) is refused clearly. */
    @Test
    void aMemorySegmentOverAMappedBufferWorksAndAnArenaMappingIsRefusedWithTheReason() throws IOException {
        Jvm jdk25 = Jvm.all().stream().filter(jvm -> jvm.name().equals("jdk25")).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(jdk25 != null, "needs JDK 25");
        Path nativeFile = directory.resolve("native");
        Path file = directory.resolve("replicated");
        Run expected = Launch.on(jdk25).app(MappedSegment.class, nativeFile.toString()).run();
        Run actual = Launch.under("TMR", jdk25).app(MappedSegment.class, file.toString()).run();
        assertEquals(0, actual.exitStatus(), actual::toString);
        String segmentLine = expected.out().lines().findFirst().orElseThrow();
        assertTrue(segmentLine.startsWith("segment 12345 ") && segmentLine.endsWith(" 7"), expected::toString);
        assertEquals(segmentLine, actual.out().lines().findFirst().orElseThrow());
        assertEquals("arena mapping refused: java.lang.UnsupportedOperationException: jPLR: FileChannel.map with an"
                + " Arena (a MemorySegment mapping) is not replicated; map a MappedByteBuffer and use"
                + " MemorySegment.ofBuffer", actual.out().lines().skip(1).findFirst().orElseThrow());
        assertArrayEquals(Files.readAllBytes(nativeFile), Files.readAllBytes(file), "the file");
    }

    /** What a thread prints after joining a writer reaches the terminal after the writer's bytes reach the file. */
    @Test
    void aLinePrintedAfterJoiningAWriterComesAfterItsWrites() throws Exception {
        Path file = directory.resolve("joined");
        try (LiveRun live = LiveRun.start(Launch.under("TMR", Jvm.current())
                .app(MappedJoinThenPrint.class, file.toString()))) {
            live.awaitOutput("written\n");
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < 512; i++) {
                assertEquals(0x77, bytes[i], "byte " + i + " when the line was printed");
            }
            live.send("go");
            assertEquals(0, live.finish().exitStatus());
        }
    }

    @Test
    void theAccessProbeSampleGivesTheNativeResult() throws IOException {
        for (String kind : List.of("reads", "writes")) {
            Path nativeFile = directory.resolve("native-" + kind);
            Path file = directory.resolve("replicated-" + kind);
            Run expected = Launch.on(Jvm.current()).sample("mapped-access", "small", nativeFile.toString(), kind,
                    "5000").run();
            Run actual = Launch.under("TMR", Jvm.current()).sample("mapped-access", "small", file.toString(), kind,
                    "5000").run();
            assertEquals(0, actual.exitStatus(), actual::toString);
            assertEquals(expected.out(), actual.out(), kind);
            assertArrayEquals(Files.readAllBytes(nativeFile), Files.readAllBytes(file), kind);
        }
    }

    /**
     * Another process changes the file while the program holds a read-only and a private mapping of it: the
     * read-only one follows the file, as natively; the private one is the copy it was when mapped (which Java and
     * POSIX allow; Linux would show the change in a page the program has not written). No divergence either way.
     */
    @Test
    void aReadOnlyMappingFollowsTheFileAndAPrivateOneKeepsItsCopy() throws Exception {
        Path file = directory.resolve("watched");
        Path report = directory.resolve("report.jsonl");
        try (RandomAccessFile writer = new RandomAccessFile(file.toFile(), "rw")) {
            writer.setLength(4096);
            writer.writeLong(1111);
        }
        try (LiveRun live = LiveRun.start(Launch.under("TMR", Jvm.current()).option("-Dplr.report=" + report)
                .app(MappedSnapshot.class, file.toString()))) {
            live.awaitOutput("before ");
            try (RandomAccessFile writer = new RandomAccessFile(file.toFile(), "rw")) {
                writer.writeLong(2222);
            }
            live.send("go");
            Run run = live.finish();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals("before 1111 1111\nafter 2222 1111\nwritten 1234 0\n", run.out());
            assertEquals("", run.err());
        }
        Map<String, Object> end = Report.read(report).end();
        assertEquals(0, Report.number(end, "divergences"), end::toString);
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            assertEquals(2222, reader.readLong());
            assertEquals(0, reader.readLong(), "the private write stayed in the replicas");
        }
    }
}
