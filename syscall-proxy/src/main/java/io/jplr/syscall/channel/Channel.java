package io.jplr.syscall.channel;

import static io.jplr.syscall.channel.ChannelDescriptor.ATTACHED_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.BRANCH_COUNT_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.INJECTION_ARGUMENT_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.INJECTION_DONE_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.INJECTION_MODEL_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.INJECTION_REQUEST_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.INJECTION_RESULT_CAPACITY;
import static io.jplr.syscall.channel.ChannelDescriptor.INJECTION_RESULT_LENGTH_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.INJECTION_RESULT_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.INJECTION_SEED_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.HEARTBEAT_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.MAGIC;
import static io.jplr.syscall.channel.ChannelDescriptor.MAGIC_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.MASTER_ASLEEP_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.MASTER_PID_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.REPLICA_ASLEEP_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.REPLICA_INDEX_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.REPLICA_PID_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.REQUEST_CAPACITY_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.RESPONSE_CAPACITY_OFFSET;
import static io.jplr.syscall.channel.ChannelDescriptor.VERSION;
import static io.jplr.syscall.channel.ChannelDescriptor.VERSION_OFFSET;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The shared-memory file between one replica and the master (layout in {@link ChannelDescriptor}): a
 * request ring the replica produces and a response ring the master produces.
 */
public final class Channel {
    private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final MappedByteBuffer file;
    private final RingBuffer requests;
    private final RingBuffer responses;

    private Channel(MappedByteBuffer file) {
        this.file = file;
        file.order(ByteOrder.nativeOrder());
        int requestCapacity = file.getInt(REQUEST_CAPACITY_OFFSET);
        int responseCapacity = file.getInt(RESPONSE_CAPACITY_OFFSET);
        int requestOffset = ChannelDescriptor.requestRingOffset();
        int responseOffset = ChannelDescriptor.responseRingOffset(requestCapacity);
        this.requests = new RingBuffer(file.slice(requestOffset, RingDescriptor.HEADER_LENGTH + requestCapacity));
        this.responses = new RingBuffer(file.slice(responseOffset, RingDescriptor.HEADER_LENGTH + responseCapacity));
    }

    /** Creates the file (mode 0600) and maps it: the master's side. */
    public static Channel create(Path path, int replicaIndex, long masterPid, int requestCapacity,
            int responseCapacity) throws IOException {
        RingDescriptor.checkCapacity(requestCapacity);
        RingDescriptor.checkCapacity(responseCapacity);
        Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        int length = ChannelDescriptor.fileLength(requestCapacity, responseCapacity);
        MappedByteBuffer file;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            file = channel.map(FileChannel.MapMode.READ_WRITE, 0, length);
        }
        file.order(ByteOrder.nativeOrder());
        file.putInt(VERSION_OFFSET, VERSION);
        file.putInt(REPLICA_INDEX_OFFSET, replicaIndex);
        file.putLong(MASTER_PID_OFFSET, masterPid);
        file.putInt(REQUEST_CAPACITY_OFFSET, requestCapacity);
        file.putInt(RESPONSE_CAPACITY_OFFSET, responseCapacity);
        INTS.setRelease(file, MAGIC_OFFSET, MAGIC);
        return new Channel(file);
    }

    /** Maps a file the master created: the replica's side. */
    public static Channel open(Path path) throws IOException {
        MappedByteBuffer file;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            file = channel.map(FileChannel.MapMode.READ_WRITE, 0, channel.size());
        }
        file.order(ByteOrder.nativeOrder());
        if ((int) INTS.getAcquire(file, MAGIC_OFFSET) != MAGIC || file.getInt(VERSION_OFFSET) != VERSION) {
            throw new IOException("not a jPLR channel of this version: " + path);
        }
        return new Channel(file);
    }

    /** Replica side: announces that this process has mapped the channel. */
    public void markAttached(long replicaPid) {
        file.putLong(REPLICA_PID_OFFSET, replicaPid);
        INTS.setRelease(file, ATTACHED_OFFSET, 1);
    }

    /**
     * Master side, before blocking: from now on a replica that posts a call rings the master's doorbell.
     * Both the flag and the rings are accessed with volatile (sequentially consistent) semantics, so either
     * the sleeper sees the new record when it checks again, or the poster sees the flag: no wake-up is lost.
     */
    public void masterAsleep(boolean asleep) {
        INTS.setVolatile(file, MASTER_ASLEEP_OFFSET, asleep ? 1 : 0);
    }

    public boolean masterAsleep() {
        return (int) INTS.getVolatile(file, MASTER_ASLEEP_OFFSET) != 0;
    }

    /**
     * Replica side, around blocking for an answer (+1 before, -1 after; several threads may wait): while it
     * is positive, the master rings this replica's doorbell when it answers.
     */
    public void replicaSleepers(int delta) {
        INTS.getAndAdd(file, REPLICA_ASLEEP_OFFSET, delta);
    }

    public boolean replicaAsleep() {
        return (int) INTS.getVolatile(file, REPLICA_ASLEEP_OFFSET) > 0;
    }

    /**
     * Replica side: one beat of the replica's liveness heartbeat, from a thread of its own. A process the
     * kernel stopped, or a JVM stuck as a whole, stops beating even when no call is due.
     */
    public void beat() {
        LONGS.setRelease(file, HEARTBEAT_OFFSET, (long) LONGS.getAcquire(file, HEARTBEAT_OFFSET) + 1);
    }

    /** Master side: the heartbeat counter; only its changes mean anything. */
    public long heartbeat() {
        return (long) LONGS.getAcquire(file, HEARTBEAT_OFFSET);
    }

    /** Replica side: how many backward branches its application code executed (fault injection only). */
    public void publishBranchCount(long count) {
        LONGS.setRelease(file, BRANCH_COUNT_OFFSET, count);
    }

    /** Master side: the replica's last published backward-branch count; a number, nothing more, is trusted. */
    public long branchCount() {
        return (long) LONGS.getAcquire(file, BRANCH_COUNT_OFFSET);
    }

    /**
     * Master side: asks the replica to inject a fault ({@link InjectionRequest}); its watchdog carries it out
     * within a beat. Returns the request's ticket. One request at a time: callers serialize.
     */
    public synchronized long requestInjection(int model, long argument, long seed) {
        long ticket = (long) LONGS.getAcquire(file, INJECTION_REQUEST_OFFSET) + 1;
        file.putInt(INJECTION_MODEL_OFFSET, model);
        file.putLong(INJECTION_ARGUMENT_OFFSET, argument);
        file.putLong(INJECTION_SEED_OFFSET, seed);
        LONGS.setRelease(file, INJECTION_REQUEST_OFFSET, ticket);
        return ticket;
    }

    /**
     * Master side: what the replica reported for request {@code ticket}, or null while it has not. The replica
     * is untrusted: the length is bounded, the bytes are decoded leniently and stripped of control characters.
     */
    public String injectionResult(long ticket) {
        if ((long) LONGS.getAcquire(file, INJECTION_DONE_OFFSET) != ticket) {
            return null;
        }
        int length = Math.max(0, Math.min(file.getInt(INJECTION_RESULT_LENGTH_OFFSET), INJECTION_RESULT_CAPACITY));
        byte[] bytes = new byte[length];
        file.get(INJECTION_RESULT_OFFSET, bytes);
        return new String(bytes, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", " ");
    }

    /** Replica side: the injection the master asks for and this replica has not carried out, or null. */
    public InjectionRequest pendingInjection() {
        long ticket = (long) LONGS.getAcquire(file, INJECTION_REQUEST_OFFSET);
        if (ticket == (long) LONGS.getAcquire(file, INJECTION_DONE_OFFSET)) {
            return null;
        }
        return new InjectionRequest(ticket, file.getInt(INJECTION_MODEL_OFFSET),
                file.getLong(INJECTION_ARGUMENT_OFFSET), file.getLong(INJECTION_SEED_OFFSET));
    }

    /** Replica side: reports what it injected for {@code ticket} (truncated to what the block holds). */
    public void completeInjection(long ticket, String result) {
        byte[] bytes = result.getBytes(StandardCharsets.UTF_8);
        int length = Math.min(bytes.length, INJECTION_RESULT_CAPACITY);
        file.put(INJECTION_RESULT_OFFSET, bytes, 0, length);
        file.putInt(INJECTION_RESULT_LENGTH_OFFSET, length);
        LONGS.setRelease(file, INJECTION_DONE_OFFSET, ticket);
    }

    public boolean attached() {
        return (int) INTS.getAcquire(file, ATTACHED_OFFSET) == 1;
    }

    public long masterPid() {
        return file.getLong(MASTER_PID_OFFSET);
    }

    public int replicaIndex() {
        return file.getInt(REPLICA_INDEX_OFFSET);
    }

    /** Replica to master. */
    public RingBuffer requests() {
        return requests;
    }

    /** Master to replica. */
    public RingBuffer responses() {
        return responses;
    }
}
