package io.jplr.benchmarks;

import io.jplr.bootstrap.Answer;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.ChannelCorruptedException;
import io.jplr.syscall.channel.MasterDoorbells;
import io.jplr.syscall.channel.RecordView;
import io.jplr.syscall.channel.RingBuffer;
import io.jplr.syscall.channel.WaitPolicy;
import io.jplr.syscall.executor.CallExecutor;
import io.jplr.syscall.table.Call;
import java.lang.invoke.VarHandle;
import java.nio.file.Path;

/**
 * The master's half of the channel benchmark, in a process of its own: it creates one replica channel and
 * its doorbell, answers every input call with {@link CallExecutor} and drops outputs, waiting the way the
 * real master does (spin, then block on the doorbell). Voting is left out on purpose: this measures the
 * channel, the bench/run harness measures whole runs.
 */
public final class EchoMaster {
    private EchoMaster() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        MasterDoorbells doorbells = new MasterDoorbells(directory.resolve("doorbell.sock"), 1);
        Channel channel = Channel.create(directory.resolve("channel"), 0, ProcessHandle.current().pid(),
                4 << 20, 1 << 20);
        CallExecutor executor = new CallExecutor();
        RingBuffer requests = channel.requests();
        RingBuffer responses = channel.responses();
        RecordView record = new RecordView();
        int idle = 0;
        while (true) {
            boolean work = false;
            while (poll(requests, record)) {
                work = true;
                Call call = Call.byId(record.kind());
                long stream = record.stream();
                long sequence = record.sequence();
                requests.release(record);
                if (call != null && call.answered()) {
                    Answer answer = executor.answer(call, 0);
                    int index;
                    while ((index = responses.tryClaim(answer.bytes().length)) < 0) {
                        Thread.onSpinWait();
                    }
                    responses.buffer().put(index, answer.bytes());
                    responses.commit(answer.status(), stream, sequence);
                    VarHandle.fullFence();
                    if (channel.replicaAsleep()) {
                        doorbells.ring(0);
                    }
                }
            }
            if (work) {
                idle = 0;
            } else if (idle < WaitPolicy.SPINS) {
                idle++;
                Thread.onSpinWait();
            } else {
                channel.masterAsleep(true);
                if (!requests.hasRecord()) {
                    doorbells.await(50);
                }
                channel.masterAsleep(false);
                if (!ProcessHandle.current().parent().map(ProcessHandle::isAlive).orElse(false)) {
                    return;
                }
            }
        }
    }

    private static boolean poll(RingBuffer ring, RecordView record) throws ChannelCorruptedException {
        return ring.poll(record);
    }
}
