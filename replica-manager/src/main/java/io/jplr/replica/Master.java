package io.jplr.replica;

import io.jplr.bootstrap.Answer;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.ChannelCorruptedException;
import io.jplr.syscall.channel.MasterDoorbells;
import io.jplr.syscall.channel.RecordView;
import io.jplr.syscall.channel.RingBuffer;
import io.jplr.syscall.channel.WaitPolicy;
import io.jplr.syscall.executor.CallExecutor;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.Direction;
import io.jplr.syscall.table.Ordering;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.VarHandle;
import java.nio.channels.ClosedSelectorException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The master of a run: starts the replica JVMs, reads their calls from the channels, votes, performs every
 * output once after a quorum agreed, answers every input identically, and ends the run with the voted
 * exit status.
 *
 * <p>All voting happens on one thread (the JVM's main thread, which never runs the application here). Only
 * answers that may block (stdin, sleep) run on worker threads, so one replica waiting for its keyboard input
 * never stops the master from committing another's output.
 */
public final class Master {
    static final int REQUEST_RING = 4 << 20;
    static final int RESPONSE_RING = 1 << 20;
    private static final int DRAIN_BATCH = 256;
    /** The longest the master blocks without looking around (deadlines, missed rings). */
    private static final long MAX_BLOCK_MILLIS = 50;
    /** Calls the slowest replica has not reached yet, kept for it to be checked against (bytes). */
    private static final long RETAIN_LIMIT = Long.getLong("jplr.retainLimit", 256L << 20);
    /** How long the others may wait on a replica that is too far behind and makes no progress. */
    private static final long STALL_NANOS = Long.getLong("jplr.stallMillis", 10_000L) * 1_000_000L;

    private final int quorum;
    private final RunDirectory run;
    private final ReplicaCommand command;
    private final Replica[] replicas;
    private final CallExecutor executor = new CallExecutor();
    private final Map<Long, StreamLedger> ledgers = new HashMap<>();
    private final RecordView record = new RecordView();
    private final ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();
    private MasterDoorbells doorbells;
    private ExecutorService workers;

    /** Bit k set: replica k is running and may still vote. */
    private int running;
    /** Bit k set: replica k was found faulty; its votes no longer count. */
    private int faulty;
    private boolean resettle;
    private final ExitDecision exit;
    /** Payload bytes held by open votes, waiting for the slowest replicas. */
    private long retained;
    private long lastRetired = System.nanoTime();
    private Integer outcome;
    /** Set when the replicas are being stopped from outside the loop (a signal ends the master). */
    private volatile boolean stopped;

    public Master(int replicaCount, int quorum, RunDirectory run, ReplicaCommand command) {
        if (replicaCount < 2 || replicaCount > 31 || quorum < 1 || quorum > replicaCount) {
            throw new IllegalArgumentException(replicaCount + " replicas with quorum " + quorum);
        }
        this.quorum = quorum;
        this.run = run;
        this.command = command;
        this.replicas = new Replica[replicaCount];
        this.exit = new ExitDecision(quorum, System.nanoTime());
    }

    /** Runs the replicas to the end and returns the exit status of the run. */
    public int run() {
        try {
            start();
        } catch (IOException e) {
            OperatorMessages.say("cannot start the replicas: " + e.getMessage());
            return ExitStatus.START_FAILURE;
        }
        int idle = 0;
        while (outcome == null && !stopped) {
            int work = 0;
            long slowest = slowestProgress();
            for (Replica replica : replicas) {
                // Past the limit, only the slowest replicas are read: the others fill their rings and wait.
                if (replica.running() && (retained <= RETAIN_LIMIT || replica.calls <= slowest)) {
                    work += drain(replica, DRAIN_BATCH);
                }
            }
            if (retained > RETAIN_LIMIT) {
                faultIfStalled(slowest);
            }
            work += takeCompletions();
            work += settleEnded();
            work += sendUnsent();
            if (resettle) {
                resettle = false;
                settleAll();
            }
            if (outcome == null) {
                int status = exit.decide(replicas, faulty, running, System.nanoTime());
                if (status == ExitDecision.NO_MAJORITY) {
                    stop("the replicas ended with different exit statuses " + exit.exitValues()
                            + " and no majority");
                } else if (status != ExitDecision.PENDING) {
                    outcome = status;
                }
            }
            if (work > 0) {
                idle = 0;
            } else if (idle < WaitPolicy.SPINS) {
                idle++;
                Thread.onSpinWait();
            } else {
                block();
            }
        }
        // Stopped from outside (a signal): the JVM is already exiting with the signal's status.
        return outcome != null ? outcome : ExitStatus.NO_MAJORITY;
    }

    /**
     * Blocks until a replica rings (it posted a call while the master said it was asleep), a worker or a
     * process reaper wakes the loop, or a short timeout passes.
     */
    private void block() {
        for (Replica replica : replicas) {
            replica.channel.masterAsleep(true);
        }
        try {
            boolean pending = !completions.isEmpty();
            for (Replica replica : replicas) {
                pending |= replica.running() && (replica.ended || replica.channel.requests().hasRecord());
            }
            doorbells.await(pending ? 1 : MAX_BLOCK_MILLIS);
        } catch (ClosedSelectorException e) {
            if (!stopped) {
                throw e;
            }
            // The master is ending on a signal: the shutdown hook closed the doorbells under the loop.
        } catch (IOException e) {
            throw new UncheckedIOException("the master's doorbell failed", e);
        } finally {
            for (Replica replica : replicas) {
                replica.channel.masterAsleep(false);
            }
        }
    }

    /** Kills what is left of the replicas. Called once the run's outcome is known, or on the master's exit. */
    public void stopReplicas() {
        stopped = true;
        for (Replica replica : replicas) {
            if (replica != null && replica.process.isAlive()) {
                replica.process.destroyForcibly();
            }
        }
        if (workers != null) {
            workers.shutdownNow();
        }
        if (doorbells != null) {
            doorbells.close();
        }
    }

    // ------------------------------------------------------------------ start

    private void start() throws IOException {
        long pid = ProcessHandle.current().pid();
        doorbells = new MasterDoorbells(run.doorbell(), replicas.length);
        for (int i = 0; i < replicas.length; i++) {
            Channel channel = Channel.create(run.channel(i), i, pid, REQUEST_RING, RESPONSE_RING);
            ProcessBuilder builder = new ProcessBuilder(command.forReplica(i, run.path()))
                    .redirectErrorStream(true)
                    .redirectOutput(run.log(i).toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            Process process = builder.start();
            Replica replica = new Replica(i, process, channel, run.log(i));
            replicas[i] = replica;
            running |= replica.bit();
            process.onExit().thenRun(() -> {
                replica.ended = true;
                doorbells.wakeup();
            });
        }
    }

    // ------------------------------------------------------------------ calls

    private int drain(Replica replica, int limit) {
        RingBuffer requests = replica.channel.requests();
        int count = 0;
        try {
            while (count < limit && replica.running() && outcome == null && requests.poll(record)) {
                count++;
                Call call = Call.byId(record.kind());
                byte[] payload = record.payloadCopy();
                long stream = record.stream();
                long sequence = record.sequence();
                requests.release(record);
                try {
                    receive(replica, call, stream, sequence, payload);
                } catch (RuntimeException e) {
                    // Whatever a replica sent, it must not bring the master down: the replica is faulty.
                    fault(replica, "sent a call the master could not process (" + e + ")");
                }
            }
        } catch (ChannelCorruptedException e) {
            fault(replica, "corrupted its channel: " + e.getMessage());
        }
        return count;
    }

    private void receive(Replica replica, Call call, long stream, long sequence, byte[] payload) {
        if (call == null) {
            fault(replica, "sent call id " + record.kind() + ", which no call has");
            return;
        }
        String invalid = CallArguments.invalid(call, payload);
        if (invalid != null) {
            fault(replica, "sent " + invalid);
            return;
        }
        if (!replica.advance(stream, sequence)) {
            fault(replica, "sent call #" + sequence + " of " + Streams.name(stream) + " out of order");
            return;
        }
        replica.calls++;
        if (call == Call.EXIT) {
            replica.announcedExit = true;
        }
        StreamLedger ledger = ledgers.computeIfAbsent(stream, StreamLedger::new);
        Vote vote = ledger.voteFor(sequence);
        long held = vote.retainedBytes();
        Candidate candidate = vote.cast(replica.index, call, payload);
        retained += vote.retainedBytes() - held;
        if (call.answered()) {
            if (vote.executed == null && call.ordering() == Ordering.IMMEDIATE) {
                execute(vote, candidate);
            } else if (vote.answer != null && (vote.answered & replica.bit()) == 0) {
                answer(replica, vote);
            }
        }
        settle(ledger, vote);
    }

    /** Decides what can be decided about one vote, then moves its stream forward. */
    private void settle(StreamLedger ledger, Vote vote) {
        if (!vote.decide(quorum, running, faulty)) {
            stop("the replicas disagree on " + vote + " and no majority is possible");
            return;
        }
        int losers = vote.losers() & ~faulty;
        for (Replica replica : replicas) {
            if ((losers & replica.bit()) != 0) {
                fault(replica, "diverged at " + vote + " and was outvoted");
            }
        }
        Candidate winner = vote.winner();
        if (winner != null && vote.executed != null && vote.executed != winner) {
            stop("the first replica to reach " + vote + " asked for something the majority did not");
            return;
        }
        advance(ledger);
        retire(ledger);
    }

    private void retire(StreamLedger ledger) {
        long released = ledger.retire(running);
        if (released > 0) {
            retained -= released;
            lastRetired = System.nanoTime();
        }
    }

    /** The call count of the running replica that has made the fewest calls. */
    private long slowestProgress() {
        long slowest = Long.MAX_VALUE;
        for (Replica replica : replicas) {
            if (replica.running()) {
                slowest = Math.min(slowest, replica.calls);
            }
        }
        return slowest;
    }

    /** The others wait on the slowest replica; if it has made no progress for too long, it is hung. */
    private void faultIfStalled(long slowest) {
        if (System.nanoTime() - lastRetired < STALL_NANOS) {
            return;
        }
        for (Replica replica : replicas) {
            if (replica.running() && replica.calls == slowest) {
                fault(replica, "fell " + (retained >> 20) + " MiB of calls behind the others and made no progress for "
                        + STALL_NANOS / 1_000_000_000L + " s (hung)");
                lastRetired = System.nanoTime();
                return;
            }
        }
    }

    private void settleAll() {
        for (StreamLedger ledger : List.copyOf(ledgers.values())) {
            for (Vote vote : List.copyOf(ledger.open())) {
                if (outcome != null) {
                    return;
                }
                settle(ledger, vote);
            }
        }
    }

    /**
     * Walks a stream's open votes in order: commits decided outputs, starts input calls that wait for the
     * outputs before them, and notes the exit. An undecided output holds back everything after it.
     */
    private void advance(StreamLedger ledger) {
        for (Vote vote : ledger.open()) {
            if (outcome != null) {
                return;
            }
            Candidate winner = vote.winner();
            Call call = vote.leadingCandidate().call;
            if (call.direction() == Direction.OUTPUT) {
                if (vote.committed) {
                    continue;
                }
                if (winner == null) {
                    return;
                }
                executor.perform(winner.call, winner.payload);
                vote.committed = true;
            } else if (call == Call.EXIT) {
                if (winner == null) {
                    return;
                }
                exit.exitAgreed(vote);
            } else if (vote.executed == null) {
                if (call.ordering() != Ordering.AFTER_VOTE) {
                    execute(vote, vote.leadingCandidate());
                } else if (winner != null) {
                    execute(vote, winner);
                } else {
                    // Not before a quorum agrees on the arguments; the thread waits for this answer anyway.
                    return;
                }
            }
        }
    }

    /** Performs an input or control call once, with the arguments {@code candidate} sent. */
    private void execute(Vote vote, Candidate candidate) {
        vote.executed = candidate;
        Call call = candidate.call;
        byte[] payload = candidate.payload;
        long argument = CallArguments.argument(payload);
        if (!executor.blocks(call, payload)) {
            vote.answer = perform(call, payload, argument);
            answerAll(vote);
            return;
        }
        if (workers == null) {
            workers = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "jplr-input");
                thread.setDaemon(true);
                return thread;
            });
        }
        workers.execute(() -> {
            completions.add(new Completion(vote, perform(call, payload, argument)));
            doorbells.wakeup();
        });
    }

    /**
     * The answer to a call, whatever happens while performing it: an error of the master's own (a class it
     * cannot load, memory) fails the call in every replica rather than leave them waiting forever.
     */
    private Answer perform(Call call, byte[] payload, long argument) {
        try {
            return call.structured() ? executor.answer(call, payload) : executor.answer(call, argument);
        } catch (RuntimeException | LinkageError | OutOfMemoryError | StackOverflowError e) {
            String message = "jPLR: the master failed performing " + call + ": " + e;
            OperatorMessages.say(message);
            return new Answer(Answer.IO_ERROR, message.getBytes(StandardCharsets.UTF_8));
        }
    }

    private int takeCompletions() {
        int count = 0;
        Completion completion;
        while ((completion = completions.poll()) != null) {
            count++;
            Vote vote = completion.vote;
            vote.answer = completion.answer;
            answerAll(vote);
            retire(ledgers.get(vote.stream));
        }
        return count;
    }

    /**
     * Hands the answer to every running replica, including those that have not asked yet: a replica behind
     * the first finds its input waiting and never waits for the master. Its request, when it comes, is still
     * compared with the others.
     */
    private void answerAll(Vote vote) {
        for (Replica replica : replicas) {
            if (replica.running() && (vote.answered & replica.bit()) == 0) {
                answer(replica, vote);
            }
        }
    }

    private void answer(Replica replica, Vote vote) {
        vote.answered |= replica.bit();
        if (!replica.unsent.isEmpty() || !tryAnswer(replica, vote.stream, vote.sequence, vote.answer)) {
            replica.unsent.add(new Replica.PendingAnswer(vote.stream, vote.sequence, vote.answer));
        }
    }

    private boolean tryAnswer(Replica replica, long stream, long sequence, Answer answer) {
        RingBuffer responses = replica.channel.responses();
        int index = responses.tryClaim(answer.bytes().length);
        if (index < 0) {
            return false;
        }
        responses.buffer().put(index, answer.bytes());
        responses.commit(answer.status(), stream, sequence);
        VarHandle.fullFence();
        if (replica.channel.replicaAsleep()) {
            doorbells.ring(replica.index);
        }
        return true;
    }

    private int sendUnsent() {
        int count = 0;
        for (Replica replica : replicas) {
            while (replica.running() && !replica.unsent.isEmpty()) {
                Replica.PendingAnswer pending = replica.unsent.peek();
                if (!tryAnswer(replica, pending.stream(), pending.sequence(), pending.answer())) {
                    break;
                }
                replica.unsent.poll();
                count++;
            }
        }
        return count;
    }

    // ------------------------------------------------------------------ ends of replicas and of the run

    private int settleEnded() {
        int count = 0;
        for (Replica replica : replicas) {
            if (!replica.ended || !replica.running()) {
                continue;
            }
            count++;
            // Whatever the replica posted before its JVM ended is still in the shared ring.
            while (replica.running() && drain(replica, Integer.MAX_VALUE) > 0) {
                // drained
            }
            if (!replica.running()) {
                continue;
            }
            replica.exitValue = replica.process.exitValue();
            if (!replica.announcedExit) {
                fault(replica, describeUnannouncedEnd(replica));
                continue;
            }
            replica.state = Replica.State.EXITED;
            running &= ~replica.bit();
            resettle = true;
        }
        return count;
    }

    private String describeUnannouncedEnd(Replica replica) {
        if (!replica.channel.attached()) {
            return "failed to start (exit status " + replica.exitValue + ")" + lastLogLine(replica);
        }
        return "ended with exit status " + replica.exitValue + " without exiting through the JVM (a crash)"
                + lastLogLine(replica);
    }

    private static String lastLogLine(Replica replica) {
        try {
            List<String> lines = Files.readAllLines(replica.log, StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (!lines.get(i).isBlank()) {
                    return ": " + lines.get(i).strip();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // No log to quote.
        }
        return "";
    }

    private void fault(Replica replica, String reason) {
        if (replica.state == Replica.State.FAULTY || outcome != null) {
            return;
        }
        replica.state = Replica.State.FAULTY;
        replica.process.destroyForcibly();
        running &= ~replica.bit();
        faulty |= replica.bit();
        resettle = true;
        int healthy = replicas.length - Integer.bitCount(faulty);
        OperatorMessages.say("replica " + replica.index + " " + reason + "; it was stopped (" + healthy + " of "
                + replicas.length + " replicas remain)");
        if (healthy < quorum) {
            stop("fewer than " + quorum + " replicas remain to form a majority");
        }
    }

    private void stop(String reason) {
        if (outcome != null) {
            return;
        }
        boolean anyAttached = false;
        for (Replica replica : replicas) {
            anyAttached |= replica.channel.attached();
        }
        outcome = anyAttached ? ExitStatus.NO_MAJORITY : ExitStatus.START_FAILURE;
        OperatorMessages.say(reason + "; the run was stopped and nothing more was written (exit status "
                + outcome + ")");
    }

    private record Completion(Vote vote, Answer answer) {
    }
}
