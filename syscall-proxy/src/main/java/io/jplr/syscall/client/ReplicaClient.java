package io.jplr.syscall.client;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.BoundaryHandler;
import io.jplr.bootstrap.BranchCounter;
import io.jplr.bootstrap.StreamState;
import io.jplr.syscall.channel.BackoffIdleStrategy;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.ChannelCorruptedException;
import io.jplr.syscall.channel.IdleStrategy;
import io.jplr.syscall.channel.RecordView;
import io.jplr.syscall.channel.ReplicaDoorbell;
import io.jplr.syscall.channel.WaitPolicy;
import io.jplr.syscall.channel.RingBuffer;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.Comparison;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

/**
 * The replica's side of its channel: posts calls to the master and collects its answers.
 *
 * <p>Outputs are posted and the thread goes on (bounded only by the ring's room); inputs wait for their
 * answer. Any application thread may call in: posting is serialized on one lock, and whichever thread polls
 * the answer ring files answers meant for other threads in a mailbox keyed by stream. The master answers
 * every replica as soon as the first one asks, so a replica behind the first usually finds its answer
 * already in the ring and does not wake the master at all.
 *
 * <p>A waiting thread spins briefly (an answer from a busy master arrives within microseconds), then blocks
 * until the master rings the doorbell: on two cores shared by a master and several replicas, a waiter that
 * keeps the core delays the very processes it waits for.
 */
public final class ReplicaClient implements BoundaryHandler {
    /** A waiter rechecks at least this often, in case a ring of the doorbell was missed. */
    private static final long PARK_NANOS = 20_000_000L;

    private final Channel channel;
    private final ReplicaDoorbell doorbell;
    private final RingBuffer requests;
    private final RingBuffer responses;
    private final int maxPayload;
    private final CallFaults faults;

    private final Object sendLock = new Object();
    private final IdleStrategy sendIdle = BackoffIdleStrategy.forChannel();

    private final Object receiveLock = new Object();
    private final RecordView received = new RecordView();
    private final Map<Long, ArrayDeque<Answer>> mailbox = new HashMap<>();

    public ReplicaClient(Channel channel, ReplicaDoorbell doorbell) {
        this(channel, doorbell, new CallFaults());
    }

    /** With {@code faults} armed by the fault injector: they act on this client's calls. */
    public ReplicaClient(Channel channel, ReplicaDoorbell doorbell, CallFaults faults) {
        this.faults = faults;
        this.channel = channel;
        this.doorbell = doorbell;
        this.requests = channel.requests();
        this.responses = channel.responses();
        this.maxPayload = requests.maxPayload();
    }

    @Override
    public void post(Call call, StreamState stream, byte[] bytes, int offset, int length) {
        if (faults.armed()) {
            faults.beforeCall();
        }
        // A write larger than one record becomes several calls; every replica splits it identically.
        while (length > 0) {
            int chunk = Math.min(length, maxPayload);
            byte[] corrupted = faults.armed() ? faults.corrupt(bytes, offset, chunk) : null;
            synchronized (sendLock) {
                int index = claim(chunk);
                if (corrupted == null) {
                    requests.buffer().put(index, bytes, offset, chunk);
                } else {
                    requests.buffer().put(index, corrupted, 0, chunk);
                }
                requests.commit(call.id(), stream.id(), stream.nextSequence());
            }
            wakeMaster();
            offset += chunk;
            length -= chunk;
        }
    }

    @Override
    public Answer ask(Call call, StreamState stream, long argument) {
        if (faults.armed()) {
            faults.beforeCall();
        }
        long sequence = stream.nextSequence();
        tellInterruptedAhead(call, stream.id(), sequence);
        // An answer already waiting means the master is ahead of this replica: no need to wake it.
        boolean answerWaiting = responses.hasRecord();
        sendArgument(call, stream.id(), sequence, argument, !answerWaiting);
        return await(call, stream.id(), sequence);
    }

    @Override
    public Answer call(Call call, StreamState stream, byte[] arguments, int length) {
        if (length > maxPayload) {
            throw new IllegalArgumentException("jPLR: the arguments of " + call + " take " + length
                    + " bytes, more than a call may carry (" + maxPayload + ")");
        }
        if (faults.armed()) {
            faults.beforeCall();
            byte[] corrupted = faults.corrupt(arguments, 0, length);
            arguments = corrupted == null ? arguments : corrupted;
        }
        long sequence = stream.nextSequence();
        tellInterruptedAhead(call, stream.id(), sequence);
        synchronized (sendLock) {
            int index = claim(length);
            requests.buffer().put(index, arguments, 0, length);
            requests.commit(call.id(), stream.id(), sequence);
        }
        // Always: the master may be waiting for exactly this vote to complete a quorum.
        wakeMaster();
        return await(call, stream.id(), sequence);
    }

    @Override
    public void exit(StreamState stream, int status) {
        if (faults.armed()) {
            faults.beforeCall();
        }
        // The final count, which the watchdog publishes only every few milliseconds (fault injection only).
        channel.publishBranchCount(BranchCounter.count());
        sendArgument(Call.EXIT, stream.id(), stream.nextSequence(), status, true);
        doorbell.close();
    }

    /**
     * A thread that makes an interruptible call with its flag set says so ahead of the call: by the time a quorum
     * of replicas has made it (it is performed only then), the master knows whether their threads were interrupted.
     */
    private void tellInterruptedAhead(Call call, long stream, long sequence) {
        if (call.interruptible() && Thread.currentThread().isInterrupted()) {
            sendArgument(Call.INTERRUPT, stream, sequence, 0, false);
        }
    }

    private void sendArgument(Call call, long stream, long sequence, long argument, boolean wake) {
        boolean hasArgument = call.comparison() == Comparison.BYTES;
        synchronized (sendLock) {
            int index = claim(hasArgument ? Long.BYTES : 0);
            if (hasArgument) {
                requests.buffer().putLong(index, argument);
            }
            requests.commit(call.id(), stream, sequence);
        }
        if (wake) {
            wakeMaster();
        }
    }

    /** Rings the master's doorbell if it is blocked (see {@link Channel#masterAsleep(boolean)}). */
    private void wakeMaster() {
        VarHandle.fullFence();
        if (channel.masterAsleep()) {
            doorbell.ring();
        }
    }

    private int claim(int length) {
        int index;
        sendIdle.reset();
        while ((index = requests.tryClaim(length)) < 0) {
            sendIdle.idle();
        }
        return index;
    }

    private Answer await(Call call, long stream, long sequence) {
        Long key = stream;
        int spins = 0;
        boolean interruptToTell = call.interruptible();
        while (true) {
            if (interruptToTell && Thread.currentThread().isInterrupted()) {
                // Once: the master decides, for every replica, whether the call was interrupted.
                interruptToTell = false;
                sendArgument(Call.INTERRUPT, stream, sequence, 0, true);
            }
            synchronized (receiveLock) {
                if (!mailbox.isEmpty()) {
                    ArrayDeque<Answer> filed = mailbox.get(key);
                    if (filed != null && !filed.isEmpty()) {
                        return filed.poll();
                    }
                }
                while (poll()) {
                    Answer answer = new Answer(received.kind(), received.payloadCopy());
                    long answeredStream = received.stream();
                    long answeredSequence = received.sequence();
                    responses.release(received);
                    if (answeredStream == stream) {
                        if (answeredSequence != sequence) {
                            throw new IllegalStateException("jPLR: answer " + answeredSequence
                                    + " arrived for call " + sequence + " of stream " + stream);
                        }
                        return answer;
                    }
                    mailbox.computeIfAbsent(answeredStream, s -> new ArrayDeque<>()).add(answer);
                    doorbell.wakeAll();
                }
            }
            if (spins < WaitPolicy.SPINS) {
                spins++;
                Thread.onSpinWait();
            } else {
                block();
            }
        }
    }

    /**
     * Parks until the doorbell or a timeout. A thread whose interrupt flag is set would not park at all (and spin
     * for as long as the master takes, a whole stdin read): the flag is cleared for the park and set again after.
     * An interruptible call has told the master about the interrupt ({@link #await}); others never see it.
     */
    private void block() {
        int slot = doorbell.enlist();
        channel.replicaSleepers(1);
        boolean interrupted = Thread.interrupted();
        try {
            if (!responses.hasRecord()) {
                LockSupport.parkNanos(slot < 0 ? 1_000_000L : PARK_NANOS);
            }
        } finally {
            if (interrupted || Thread.interrupted()) {
                Thread.currentThread().interrupt();
            }
            channel.replicaSleepers(-1);
            doorbell.leave(slot);
        }
    }

    private boolean poll() {
        try {
            return responses.poll(received);
        } catch (ChannelCorruptedException e) {
            throw new IllegalStateException("jPLR: corrupted answer ring: " + e.getMessage(), e);
        }
    }
}
