package io.jplr.replica;

import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.MasterDoorbells;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts the replica JVM of a slot: a fresh channel file (a replaced replica's mapping, if any, stays with
 * its dead process), its doorbell free to connect, its own log, its CPU, and a reaper that wakes the
 * master's loop when the JVM ends. Slots are reused by replacements; ordinals count every replica started.
 */
final class ReplicaLauncher {
    private final RunDirectory run;
    private final ReplicaCommand command;
    private final MasterDoorbells doorbells;
    private final CpuPlacement placement;
    private final int debugSlot;
    private final int requestRing;
    private final int responseRing;
    private int nextOrdinal;

    ReplicaLauncher(RunDirectory run, ReplicaCommand command, MasterDoorbells doorbells, CpuPlacement placement,
            int debugSlot, int requestRing, int responseRing) {
        this.run = run;
        this.command = command;
        this.doorbells = doorbells;
        this.placement = placement;
        this.debugSlot = debugSlot;
        this.requestRing = requestRing;
        this.responseRing = responseRing;
    }

    Replica launch(int slot, Replica.Role role) throws IOException {
        Path channelFile = run.channel(slot);
        Files.deleteIfExists(channelFile);
        doorbells.forget(slot);
        Channel channel = Channel.create(channelFile, slot, ProcessHandle.current().pid(), requestRing, responseRing);
        int ordinal = nextOrdinal++;
        boolean debugged = slot == debugSlot;
        ProcessBuilder builder = new ProcessBuilder(command.forReplica(slot, ordinal, run.path(), debugged))
                .redirectErrorStream(true)
                .redirectOutput(run.log(ordinal).toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        command.applyEnvironment(builder.environment());
        Process process = placement.start(slot, builder);
        Replica replica = new Replica(slot, ordinal, role, process, channel, run.log(ordinal), System.nanoTime(),
                CpuPlacement.allowedCpus(process.pid()));
        replica.debugged = debugged;
        process.onExit().thenRun(() -> {
            replica.ended = true;
            doorbells.wakeup();
        });
        return replica;
    }
}
