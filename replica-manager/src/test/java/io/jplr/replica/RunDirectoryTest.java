package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RunDirectoryTest {
    private static final long LIVE_PID = ProcessHandle.current().pid();
    /** Far above any pid_max (at most 2^22 on Linux): no process has it. */
    private static final long DEAD_PID = Integer.MAX_VALUE;

    /** Everything this test made, under /dev/shm or the temp directory: removed whatever happens. */
    private final List<Path> made = new ArrayList<>();

    @AfterEach
    void removeWhatWeMade() throws IOException {
        for (Path path : made) {
            if (Files.exists(path)) {
                try (Stream<Path> tree = Files.walk(path)) {
                    for (Path p : tree.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private RunDirectory create() throws IOException {
        RunDirectory run = RunDirectory.create(LIVE_PID);
        made.add(run.path());
        return run;
    }

    private Path makeDirectory(Path base, String name) throws IOException {
        Path path = base.resolve(name);
        made.add(path);
        Files.createDirectory(path);
        Files.writeString(path.resolve("replica-0.log"), "left over");
        return path;
    }

    @Test
    void createsAPrivateDirectoryNamedAfterTheMaster() throws IOException {
        try (RunDirectory run = create()) {
            Path path = run.path();
            assertTrue(Files.isDirectory(path));
            assertTrue(path.getFileName().toString().startsWith("jplr-" + LIVE_PID + "-"), path.toString());
            assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(path));
            Path shm = Path.of("/dev/shm");
            if (Files.isDirectory(shm) && Files.isWritable(shm)) {
                assertEquals(shm, path.getParent(), "shared memory with no disk behind it");
            }
        }
    }

    @Test
    void twoRunsOfOneMasterGetDifferentDirectories() throws IOException {
        try (RunDirectory first = create(); RunDirectory second = create()) {
            assertFalse(first.path().equals(second.path()));
        }
    }

    @Test
    void filesOfTheRunLiveInsideIt() throws IOException {
        try (RunDirectory run = create()) {
            assertEquals(run.path(), run.channel(0).getParent());
            assertEquals(run.path(), run.log(2).getParent());
            assertEquals(run.path().resolve("bootstrap.jar"), run.bootstrapJar());
            assertFalse(run.channel(0).equals(run.channel(1)));
            assertFalse(run.channel(0).equals(run.log(0)));
        }
    }

    @Test
    void closeRemovesTheDirectoryAndEverythingInIt() throws IOException {
        RunDirectory run = create();
        Files.writeString(run.channel(0), "channel");
        Files.writeString(run.log(0), "log");
        Path nested = Files.createDirectory(run.path().resolve("nested"));
        Files.writeString(nested.resolve("file"), "x");
        run.close();
        assertFalse(Files.exists(run.path()));
    }

    @Test
    void nextCreateSweepsDirectoriesOfDeadMastersOnly() throws IOException {
        assumeTrue(ProcessHandle.of(DEAD_PID).isEmpty(), "pid " + DEAD_PID + " exists");
        Path base;
        try (RunDirectory probe = create()) {
            base = probe.path().getParent();
        }
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Path stale = makeDirectory(base, "jplr-" + DEAD_PID + "-xyz" + unique);
        Path live = makeDirectory(base, "jplr-" + LIVE_PID + "-xyz" + unique);
        Path notOurs = makeDirectory(base, "jplr-notapid-xyz" + unique);

        try (RunDirectory run = create()) {
            assertFalse(Files.exists(stale), "a killed master's directory is swept");
            assertTrue(Files.exists(live.resolve("replica-0.log")), "a running master's directory is kept");
            assertTrue(Files.exists(notOurs), "a name without a pid is not a run directory");
            assertTrue(Files.isDirectory(run.path()));
        }
    }
}
