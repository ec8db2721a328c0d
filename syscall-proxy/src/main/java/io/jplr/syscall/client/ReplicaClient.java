package io.jplr.syscall.client;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.BoundaryHandler;
import io.jplr.bootstrap.StreamState;
import io.jplr.syscall.channel.BackoffIdleStrategy;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.ChannelCorruptedException;
import io.jplr.syscall.channel.IdleStrategy;
import io.jplr.syscall.channel.RecordView;
import io.jplr.syscall.channel.RingBuffer;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.Comparison;
import java.util.HashMap;
import java.util.Map;

/**
 * The replica's side of its channel: posts calls to the master and collects its answers.
 *
 * <p>Outputs are posted and the thread goes on (bounded only by the ring's room); inputs wait for their
 * answer. Any application thread may call in: posting is serialized on one lock, and whichever thread polls
 * the answer ring files answers meant for other threads in a mailbox keyed by stream (a stream has at most
 * one call waiting). Allocation here depends only on the call, never on how long a wait took.
 */
public final class ReplicaClient implements BoundaryHandler {
    private final RingBuffer requests;
    private final RingBuffer responses;
    private final int maxPayload;

    private final Object sendLock = new Object();
    private final IdleStrategy sendIdle = BackoffIdleStrategy.forChannel();

    private final Object receiveLock = new Object();
    private final RecordView received = new RecordView();
    private final Map<Long, Answer> mailbox = new HashMap<>();

    public ReplicaClient(Channel channel) {
        this.requests = channel.requests();
        this.responses = channel.responses();
        this.maxPayload = requests.maxPayload();
    }

    @Override
    public void post(Call call, StreamState stream, byte[] bytes, int offset, int length) {
        // A write larger than one record becomes several calls; every replica splits it identically.
        while (length > 0) {
            int chunk = Math.min(length, maxPayload);
            synchronized (sendLock) {
                int index = claim(chunk);
                requests.buffer().put(index, bytes, offset, chunk);
                requests.commit(call.id(), stream.id(), stream.nextSequence());
            }
            offset += chunk;
            length -= chunk;
        }
    }

    @Override
    public Answer ask(Call call, StreamState stream, long argument) {
        long sequence = stream.nextSequence();
        sendArgument(call, stream.id(), sequence, argument);
        return await(stream.id(), sequence);
    }

    @Override
    public void exit(StreamState stream, int status) {
        sendArgument(Call.EXIT, stream.id(), stream.nextSequence(), status);
    }

    private void sendArgument(Call call, long stream, long sequence, long argument) {
        boolean hasArgument = call.comparison() == Comparison.BYTES;
        synchronized (sendLock) {
            int index = claim(hasArgument ? Long.BYTES : 0);
            if (hasArgument) {
                requests.buffer().putLong(index, argument);
            }
            requests.commit(call.id(), stream, sequence);
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

    private Answer await(long stream, long sequence) {
        Long key = stream;
        IdleStrategy idle = BackoffIdleStrategy.forChannel();
        while (true) {
            synchronized (receiveLock) {
                if (!mailbox.isEmpty()) {
                    Answer filed = mailbox.remove(key);
                    if (filed != null) {
                        return filed;
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
                    mailbox.put(answeredStream, answer);
                }
            }
            idle.idle();
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
