package io.jplr.replica;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.StreamState;
import io.jplr.syscall.channel.ChannelCorruptedException;
import io.jplr.syscall.channel.MasterDoorbells;
import io.jplr.syscall.channel.RecordView;
import io.jplr.syscall.channel.RingBuffer;
import io.jplr.syscall.channel.WaitPolicy;
import io.jplr.syscall.executor.CallExecutor;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.Direction;
import io.jplr.syscall.table.Ordering;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.VarHandle;
import java.nio.channels.ClosedSelectorException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The master of a run: starts the replica JVMs, reads their calls from the channels, votes, performs every
 * output once after a quorum agreed, answers every input identically, and ends the run with the voted
 * exit status.
 *
 * <p>All voting happens on one thread (the JVM's main thread, which never runs the application here). Only
 * answers that may block (stdin, sleep) run on worker threads, so one replica waiting for its keyboard input
 * never stops the master from committing another's output.
 *
 * <p>A replica found faulty (outvoted, crashed, hung) is killed and, unless the settings say stop, replaced
 * in its slot by a fresh JVM that re-executes the run from the start: the {@link ReplayLog} feeds it every
 * input the others were handed and checks every call it makes against what the majority decided, until it
 * reaches the calls still open and votes again. Under DMR a disagreement has no majority; a third replica,
 * the tie-breaker, replays up to the disputed call and decides it.
 */
public final class Master {
    static final int REQUEST_RING = 4 << 20;
    static final int RESPONSE_RING = 1 << 20;
    private static final int DRAIN_BATCH = 256;
    /** The longest the master blocks without looking around (deadlines, missed rings). */
    private static final long MAX_BLOCK_MILLIS = 50;
    /** How often the master looks for hung replicas and refreshes what JMX shows. */
    private static final long CHECK_NANOS = 100_000_000L;
    /** Calls the slowest replica has not reached yet, kept for it to be checked against (bytes). */
    private static final long RETAIN_LIMIT = Long.getLong("jplr.retainLimit", 256L << 20);
    /** A slot whose replacements fail this many times in a row before rejoining gets no more. */
    private static final int MAX_FAILED_RECOVERIES = 3;
    private static final int DIFF_WINDOW = 64;
    private static final long BEAN_DELAY_NANOS = 2_000_000_000L;
    private static final Pattern JDWP_ADDRESS = Pattern.compile("Listening for transport dt_socket at address: (\\d+)");

    private final RunOptions options;
    private final int quorum;
    private final RunDirectory run;
    private final ReplicaCommand command;
    /** The replica in each slot: N slots, and one more under DMR for the tie-breaker. */
    private final Replica[] slots;
    /** The replica in each slot, for the fault injector's threads. */
    private final AtomicReferenceArray<FaultTarget> targets;
    private final int[] failedRecoveries;
    private final CallExecutor executor;
    private final MappedWriteOrder mappedWrites;
    private final Map<Long, StreamLedger> ledgers = new HashMap<>();
    private final RecordView record = new RecordView();
    /** Work other threads hand to the loop: finished inputs, killed replicas to replace. */
    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final ReplayLog replayLog;
    private final HangDetector hangs;
    private final RunJournal journal;
    private final ReplicasBean bean;
    /** Read by the shutdown hook's thread too: a bean never registered is not unregistered either. */
    private volatile boolean beanRegistered;
    private final long startNanos = System.nanoTime();
    private MasterDoorbells doorbells;
    private ReplicaLauncher launcher;
    private final FaultEvidence evidence;
    private ExecutorService workers;
    /** Loaded when first needed (pinning, a thread dump): JNA costs the master's start about 90 ms. */
    private NativeCalls natives;
    private final CpuPlacement placement;

    /** Bit k set: the replica in slot k is running (or catching up) and may still vote. */
    private int running;
    /** Bit k set: the replica in slot k was found faulty; its votes no longer count. */
    private int faulty;
    /** Bit k set: slot k's replacement will start once its faulty replica is dead; votes may count on it. */
    private int reserved;
    /** Bit k set: slot k's faulty replica is still being made to print its stack and killed. */
    private int disposing;
    private boolean resettle;
    private final ExitDecision exit;
    /** Payload bytes held by open votes, waiting for the slowest replicas. */
    private long retained;
    private long nextCheck;
    /** Faults whose record waits for their replica's stack and death. */
    private int pendingRecords;
    private Integer outcome;
    /** Set when the replicas are being stopped from outside the loop (a signal ends the master). */
    private volatile boolean stopped;

    public Master(RunOptions options, RunDirectory run, ReplicaCommand command, ReportLog report) {
        int replicaCount = options.replicas();
        if (replicaCount < 2 || replicaCount > 30 || options.quorum() < 1 || options.quorum() > replicaCount) {
            throw new IllegalArgumentException(replicaCount + " replicas with quorum " + options.quorum());
        }
        this.options = options;
        this.quorum = options.quorum();
        this.run = run;
        this.executor = new CallExecutor(run.path());
        this.command = command;
        this.slots = new Replica[options.tieBreaks() ? replicaCount + 1 : replicaCount];
        this.mappedWrites = new MappedWriteOrder(slots.length);
        this.failedRecoveries = new int[slots.length];
        this.targets = new AtomicReferenceArray<>(slots.length);
        this.exit = new ExitDecision(quorum, startNanos);
        this.replayLog = new ReplayLog(options.replayLogBytes());
        this.hangs = new HangDetector(options.timeoutMillis());
        this.placement = CpuPlacement.plan(replicaCount, slots.length, options.cpus(), this::natives);
        this.journal = new RunJournal(report, options.quiet(), placement.suspects());
        this.evidence = new FaultEvidence(run, this::natives);
        this.bean = new ReplicasBean(new ReplicasBean.Snapshot(List.of(), 0, 0, Map.of(), 0, options.mode()));
    }

    /** Runs the replicas to the end and returns the exit status of the run. */
    public int run() {
        try {
            start();
        } catch (IOException e) {
            OperatorMessages.say("cannot start the replicas: " + e.getMessage());
            journal.end(ExitStatus.START_FAILURE, 0, 0);
            return ExitStatus.START_FAILURE;
        }
        int idle = 0;
        while (outcome == null && !stopped) {
            int work = 0;
            long slowest = slowestProgress();
            for (Replica replica : slots) {
                // Past the limit, only the slowest replicas are read: the others fill their rings and wait.
                if (replica != null && replica.running()
                        && (retained <= RETAIN_LIMIT || replica.calls <= slowest)) {
                    work += drain(replica, DRAIN_BATCH);
                }
            }
            work += runTasks();
            work += settleEnded();
            work += sendUnsent();
            if (resettle) {
                resettle = false;
                settleAll();
            }
            long now = System.nanoTime();
            if (now - nextCheck >= 0) {
                nextCheck = now + CHECK_NANOS;
                checkLiveness(now);
                publish();
                registerBeanOnceStarted(now);
            }
            if (outcome == null) {
                // A replacement still replaying is not waited for: the majority's outputs are all written.
                int replaying = catchingUp();
                int status = exit.decide(slots, faulty, running & ~replaying, running & replaying, now);
                if (status != ExitDecision.PENDING && callStillOpen()) {
                    // The exit came in another thread's stream than a call still disputed (DMR waiting for
                    // its tie-breaker): nothing may end the run before that call is decided and written.
                    status = ExitDecision.PENDING;
                }
                if (status == ExitDecision.NO_MAJORITY && !breakExitTie()) {
                    stop("the replicas ended with different exit statuses " + exit.exitValues()
                            + " and no majority");
                } else if (status != ExitDecision.PENDING && status != ExitDecision.NO_MAJORITY) {
                    outvotedExits(status);
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
        int status = outcome != null ? outcome : ExitStatus.NO_MAJORITY;
        awaitFaultRecords();
        for (Replica replica : slots) {
            if (replica != null && replica.state == Replica.State.CATCHING_UP) {
                journal.recoveryFailed(replica);
            }
        }
        publish();
        journal.end(status, liveCount(), branchCount());
        return status;
    }

    /**
     * Faults found late in the run are recorded once their replica has printed its stack and died; the
     * report must hold them before its end record. No replacement starts any more (the outcome is known).
     */
    private void awaitFaultRecords() {
        long deadline = System.nanoTime() + 2 * FaultEvidence.stackTimeoutMillis() * 1_000_000L;
        while (pendingRecords > 0 && System.nanoTime() < deadline) {
            if (runTasks() == 0) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Blocks until a replica rings (it posted a call while the master said it was asleep), a worker or a
     * process reaper wakes the loop, or a short timeout passes.
     */
    private void block() {
        for (Replica replica : slots) {
            if (replica != null) {
                replica.channel.masterAsleep(true);
            }
        }
        try {
            boolean pending = !tasks.isEmpty();
            for (Replica replica : slots) {
                pending |= replica != null && replica.running()
                        && (replica.ended || replica.channel.requests().hasRecord());
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
            for (Replica replica : slots) {
                if (replica != null) {
                    replica.channel.masterAsleep(false);
                }
            }
        }
    }

    /**
     * The most backward branches a replica reported executing in application code (counted only under fault
     * injection, 0 otherwise): a campaign learns from a fault-free run where its injection points may fall.
     */
    private long branchCount() {
        long most = 0;
        for (Replica replica : slots) {
            if (replica != null && replica.state != Replica.State.FAULTY) {
                most = Math.max(most, replica.channel.branchCount());
            }
        }
        return most;
    }

    /** How many replicas run when all is well (slots 0 to this - 1; a DMR tie-breaker's slot is not one). */
    public int replicaCount() {
        return options.replicas();
    }

    /** The replica now in {@code slot}, for fault injection (any thread), or null if none was started yet. */
    public FaultTarget faultTarget(int slot) {
        return targets.get(slot);
    }

    /** Kills what is left of the replicas. Called once the run's outcome is known, or on the master's exit. */
    public void stopReplicas() {
        stopped = true;
        for (Replica replica : slots) {
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
        if (beanRegistered) {
            bean.unregister();
        }
    }

    // ------------------------------------------------------------------ start and replacement

    private void start() throws IOException {
        doorbells = new MasterDoorbells(run.doorbell(), slots.length);
        launcher = new ReplicaLauncher(run, command, doorbells, placement, options.debugReplica(), REQUEST_RING,
                RESPONSE_RING);
        journal.placement(placement.pinned(), placement.cpus(), placement.note());
        for (int i = 0; i < options.replicas(); i++) {
            spawn(i, Replica.Role.INITIAL);
        }
    }

    /**
     * Starts a replica in {@code slot} ({@link ReplicaLauncher}). Everything the slot's previous replica voted
     * on open calls is forgotten; the new one votes afresh.
     */
    private Replica spawn(int slot, Replica.Role role) throws IOException {
        Replica replica = launcher.launch(slot, role);
        slots[slot] = replica;
        targets.set(slot, new FaultTarget(slot, replica.ordinal, replica.process, replica.channel));
        running |= replica.bit();
        faulty &= ~replica.bit();
        mappedWrites.forget(slot);
        for (StreamLedger ledger : ledgers.values()) {
            for (Vote vote : ledger.open()) {
                vote.forget(slot);
            }
        }
        if (role != Replica.Role.INITIAL) {
            journal.recoveryStarted(replica, startNanos);
            resettle = true;
        }
        return replica;
    }

    /** Starts a replacement or tie-breaker; a replica that cannot even be started ends the recovery. */
    private void recover(int slot, Replica.Role role) {
        reserved &= ~(1 << slot);
        resettle = true;
        if (outcome != null || stopped || exit.agreed()) {
            return;
        }
        try {
            spawn(slot, role);
        } catch (IOException | RuntimeException e) {
            journal.recoveryRefused(slot, "the replacement could not be started: " + e.getMessage());
            if (liveCount() < quorum) {
                stop("replica " + slot + " could not be replaced (" + e.getMessage() + ") and fewer than "
                        + quorum + " replicas remain");
            }
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
                    fault(replica, Fault.Kind.GARBAGE, null, "sent a call the master could not process (" + e + ")");
                }
            }
        } catch (ChannelCorruptedException e) {
            fault(replica, Fault.Kind.GARBAGE, null, "corrupted its channel: " + e.getMessage());
        }
        return count;
    }

    private void receive(Replica replica, Call call, long stream, long sequence, byte[] payload) {
        if (call == null) {
            fault(replica, Fault.Kind.GARBAGE, null, "sent call id " + record.kind() + ", which no call has");
            return;
        }
        String invalid = CallArguments.invalid(call, payload);
        if (invalid != null) {
            fault(replica, Fault.Kind.GARBAGE, null, "sent " + invalid);
            return;
        }
        if (call == Call.INTERRUPT) {
            interruptRequested(replica, stream, sequence);
            return;
        }
        long now = System.nanoTime();
        long previousProgress = replica.lastProgress(stream);
        if (!replica.advance(stream, sequence, now)) {
            fault(replica, Fault.Kind.GARBAGE, null,
                    "sent call #" + sequence + " of " + Streams.name(stream) + " out of order");
            return;
        }
        replica.calls++;
        StreamLedger ledger = ledgers.computeIfAbsent(stream, StreamLedger::new);
        if (sequence < ledger.base()) {
            replay(replica, call, stream, sequence, payload);
            return;
        }
        if (call == Call.EXIT) {
            replica.announcedExit = true;
        }
        Vote vote = ledger.voteFor(sequence);
        long arrival = mappedWrites.arrived(replica.index, call, vote);
        if (vote.voters() == 0) {
            vote.firstSlot = replica.index;
            vote.firstArrival = arrival;
        }
        long held = vote.retainedBytes();
        Candidate candidate = vote.cast(replica.index, call, payload);
        retained += vote.retainedBytes() - held;
        if (call.interruptible() && replica.madeInterrupted(stream, sequence)) {
            interruptRequested(replica, vote);
        }
        if (vote.gapNanos < 0 && Integer.bitCount(vote.voters() & ~faulty) >= hangQuorum()) {
            vote.gapNanos = now - previousProgress;
            vote.reachedNanos = now;
            hangs.gap(vote.gapNanos);
        }
        if (replica.state == Replica.State.CATCHING_UP && pastTheLogEverywhere(replica)) {
            rejoin(replica, now);
        }
        if (call.answered()) {
            if (vote.executed == null && call.ordering() == Ordering.IMMEDIATE) {
                execute(vote, candidate);
            } else if (vote.answer != null && (vote.answered & replica.bit()) == 0) {
                answer(replica, vote);
            }
        }
        settle(ledger, vote);
    }

    /**
     * The replica's thread was interrupted while it waited for its call #sequence of the stream, or is about to make
     * that call interrupted: once a quorum of replicas say so about the same open call, an interruptible one, the
     * master interrupts it, or has it performed interrupted ({@link InterruptibleExecution}). A request that comes
     * after the answer (the thread was interrupted as the answer came) changes nothing.
     */
    private void interruptRequested(Replica replica, long stream, long sequence) {
        long last = replica.lastSequence(stream);
        if (sequence == last + 1) {
            replica.interruptedAhead(stream, sequence);
            return;
        }
        if (sequence > last) {
            fault(replica, Fault.Kind.GARBAGE, null, "asked to interrupt call #" + sequence + " of "
                    + Streams.name(stream) + ", which it is not making");
            return;
        }
        StreamLedger ledger = ledgers.get(stream);
        Vote vote = ledger == null ? null : ledger.openVote(sequence);
        if (vote != null && vote.votedBy(replica.index) && vote.leadingCandidate().call.interruptible()) {
            interruptRequested(replica, vote);
        }
    }

    /** One more replica's thread was interrupted in the vote's call; a quorum interrupts it. */
    private void interruptRequested(Replica replica, Vote vote) {
        if (vote.answer != null) {
            return; // answered already: the thread was interrupted as the answer came
        }
        vote.interruptRequests |= replica.bit();
        if (Integer.bitCount(vote.interruptRequests & ~faulty) >= quorum) {
            vote.interruptible().interrupt();
        }
    }

    /**
     * A replacement re-executing a call the run has already decided and forgotten: it must send exactly what
     * the majority sent; it gets the answer the others got, and nothing is performed again.
     */
    private void replay(Replica replica, Call call, long stream, long sequence, byte[] payload) {
        if (call == Call.EXIT) {
            replica.announcedExit = true;
        }
        ReplayLog.Entry entry = replayLog.entry(stream, sequence);
        if (entry == null && replayLog.overflowed()) {
            abandon(replica, refusal());
            return;
        }
        if (entry == null) {
            fault(replica, Fault.Kind.GARBAGE, null, "reached " + call + " #" + sequence + " of "
                    + Streams.name(stream) + ", which the replay log does not hold");
            return;
        }
        if (!entry.matches(call, replayLog.digest(payload))) {
            Fault.Kind kind = Fault.Kind.of(entry.call());
            fault(replica, kind, null, "diverged from the run at " + entry.call() + " #" + sequence + " of "
                    + Streams.name(stream) + " while catching up");
            return;
        }
        replica.replayed++;
        if (entry.answer() != null) {
            sendAnswer(replica, stream, sequence, entry.answer());
        }
        StreamLedger ledger = ledgers.get(stream);
        if (replica.state == Replica.State.RUNNING && pastTheLog(replica, ledger)) {
            // A replica that rejoined in another stream has just left the log in this one too (it votes, so
            // the log grows no further here): the open calls' answers follow, in order.
            answerOpenCalls(replica, ledger);
        }
    }

    /**
     * A replacement reached, in every stream, the calls the slowest of the others has not finished: it has
     * caught up, and votes again. From now on the calls wait for it too, and it is handed, stream by stream
     * and in order, the answers the others already have.
     */
    /**
     * How many replicas must have reached a call before a replica that has not is suspected of hanging: a
     * quorum, so that a faulty replica racing ahead (one that fails fast) never gets the healthy ones taken
     * for hung. Under DMR the quorum is both replicas, so one is enough: there, who is right is for a
     * tie-breaker to say anyway.
     */
    private int hangQuorum() {
        return options.tieBreaks() ? 1 : quorum;
    }

    /** The replica's next call is an open one, not one from the replay log, in every stream of the run. */
    private boolean pastTheLogEverywhere(Replica replica) {
        for (StreamLedger ledger : ledgers.values()) {
            if (!pastTheLog(replica, ledger)) {
                return false;
            }
        }
        return true;
    }

    private void rejoin(Replica replica, long now) {
        replica.state = Replica.State.RUNNING;
        for (StreamLedger ledger : ledgers.values()) {
            if (pastTheLog(replica, ledger)) {
                answerOpenCalls(replica, ledger);
            }
        }
        failedRecoveries[replica.index] = 0;
        journal.rejoined(replica, startNanos, now);
    }

    /** Decides what can be decided about one vote, then moves its stream forward. */
    private void settle(StreamLedger ledger, Vote vote) {
        if ((vote.voters() & ~faulty) == 0) {
            // Only replicas found faulty made this call (what a faulty replica posted before it was stopped,
            // e.g. the rest of its stack trace): it is none of the run's, and nothing to decide.
            return;
        }
        if (!vote.decide(quorum, running, faulty, Integer.bitCount(reserved))) {
            if (outvotedByTheExited(vote)) {
                return;
            }
            if (!breakTie(vote)) {
                journal.disputed(vote, slots, DIFF_WINDOW);
                stop("the replicas disagree on " + vote + " and no majority is possible");
            }
            return;
        }
        int losers = vote.losers() & ~faulty;
        for (Replica replica : slots) {
            if (replica != null && (losers & replica.bit()) != 0) {
                outvoted(replica, vote);
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

    /**
     * A call no quorum can make any more because a quorum of replicas announced their exit without it (nothing
     * leaves a replica after its exit): it is only its voters' call, made past the run's end for the majority (a
     * thread of their own, a task run once more), and they are outvoted, as by any majority. Not under DMR, where
     * one replica's exit is no majority. Returns whether it was so.
     */
    private boolean outvotedByTheExited(Vote vote) {
        List<Integer> exited = new ArrayList<>();
        for (Replica replica : slots) {
            if (replica != null && replica.announcedExit && (faulty & replica.bit()) == 0
                    && !vote.votedBy(replica.index)) {
                exited.add(replica.index);
            }
        }
        if (exited.size() < quorum) {
            return false;
        }
        for (Replica replica : slots) {
            if (replica != null && vote.votedBy(replica.index) && (faulty & replica.bit()) == 0) {
                Candidate own = vote.candidateOf(replica.index);
                fault(replica, Fault.Kind.of(own.call), vote, exited, null,
                        "made " + vote + ", which the majority ended without making, and was outvoted");
            }
        }
        return true;
    }

    /**
     * DMR: two replicas disagree and neither is a majority. A third replica replays the run up to the
     * disputed call, and its vote decides which of the two is faulty; nothing of the disputed call or after
     * it is performed meanwhile. Returns false if no tie-breaker can be started.
     */
    private boolean breakTie(Vote vote) {
        if (reserved != 0) {
            return true; // A replacement is on its way: its vote counts, no tie-breaker is needed yet.
        }
        if (!options.tieBreaks() || options.stopOnDivergence() || Integer.bitCount(running) > options.replicas()) {
            return false;
        }
        int free = tieBreakerSlot();
        if (free < 0) {
            return free == SLOT_FREEING;
        }
        recover(free, Replica.Role.TIE_BREAKER);
        // Started: its vote will decide (the other replica may have ended already; its vote stands).
        return outcome == null && (running & (1 << free)) != 0;
    }

    /**
     * DMR: the two replicas agreed on the exit call, but their JVMs ended with different statuses (one died
     * after announcing its exit, of a fatal JVM error for instance). A tie-breaker replays the whole run to its
     * exit from the log, and its status decides. Returns false if none can be started.
     */
    private boolean breakExitTie() {
        if (catchingUp() != 0) {
            return true; // Already on its way: its status will decide.
        }
        if (!options.tieBreaks() || options.stopOnDivergence()) {
            return false;
        }
        int free = tieBreakerSlot();
        if (free < 0) {
            return free == SLOT_FREEING;
        }
        try {
            spawn(free, Replica.Role.TIE_BREAKER);
        } catch (IOException | RuntimeException e) {
            journal.recoveryRefused(free, "the tie-breaker could not be started: " + e.getMessage());
            return false;
        }
        return true;
    }

    /** {@link #tieBreakerSlot}: no slot is free yet, but one frees up once a faulty replica is dead. */
    private static final int SLOT_FREEING = -1;
    /** {@link #tieBreakerSlot}: no tie-breaker can be started (the reason is in the journal). */
    private static final int REFUSED = -2;

    /**
     * The slot a tie-breaker can start in; {@link #SLOT_FREEING} if it must wait for one (the dispute is settled
     * again when the slot frees up), or {@link #REFUSED} if none can be started: no slot will free up, the replay
     * log is past its bound, or too many tie-breakers in that slot failed before deciding.
     */
    private int tieBreakerSlot() {
        int free = freeSlot();
        if (free < 0) {
            return disposing != 0 ? SLOT_FREEING : REFUSED;
        }
        if (replayLog.overflowed()) {
            journal.recoveryRefused(free, refusal());
            return REFUSED;
        }
        if (failedRecoveries[free] >= MAX_FAILED_RECOVERIES) {
            journal.recoveryRefused(free, "recovery refused: " + MAX_FAILED_RECOVERIES
                    + " tie-breakers failed before deciding");
            return REFUSED;
        }
        return free;
    }

    /** The replicas that ended through the agreed exit with another status than the run's are faulty. */
    private void outvotedExits(int status) {
        for (Replica replica : slots) {
            if (replica != null && replica.state == Replica.State.EXITED && replica.exitValue != status) {
                fault(replica, Fault.Kind.EXIT, null, "ended with exit status " + replica.exitValue
                        + " after the agreed exit, where the majority ended with " + status);
            }
        }
    }

    /** A slot with no live replica, none on its way and none still being disposed of. */
    private int freeSlot() {
        for (int i = 0; i < slots.length; i++) {
            boolean busy = ((reserved | disposing) & (1 << i)) != 0;
            if (!busy && (slots[i] == null || !slots[i].running() && slots[i].state != Replica.State.EXITED)) {
                return i;
            }
        }
        return -1;
    }

    private void outvoted(Replica replica, Vote vote) {
        Candidate own = vote.candidateOf(replica.index);
        Candidate winner = vote.winner();
        Map<String, Object> diff = null;
        if (own != null) {
            diff = new LinkedHashMap<>();
            diff.put("expectedCall", winner.call.toString());
            diff.put("actualCall", own.call.toString());
            diff.putAll(HexDiff.of(winner.payload, own.payload, DIFF_WINDOW));
        }
        List<Integer> agreed = new ArrayList<>();
        for (Replica other : slots) {
            if (other != null && (winner.voters & other.bit() & ~faulty) != 0) {
                agreed.add(other.index);
            }
        }
        // A replica that exits where the others write diverged in its exit, not in an output.
        Call what = own != null && own.call == Call.EXIT ? own.call : winner.call;
        fault(replica, Fault.Kind.of(what), vote, agreed, diff, "diverged at " + vote + " and was outvoted");
    }

    /**
     * Forgets the calls every voting replica has made and that are done, into the replay log. A replacement
     * still catching up is not waited for: what it has not reached yet, it will be served from the log.
     */
    private void retire(StreamLedger ledger) {
        retained -= ledger.retire(running & ~catchingUp(), replayLog::record);
    }

    /** The call count of the running replica that has made the fewest calls (catching-up ones aside). */
    private long slowestProgress() {
        long slowest = Long.MAX_VALUE;
        for (Replica replica : slots) {
            if (replica != null && replica.state == Replica.State.RUNNING) {
                slowest = Math.min(slowest, replica.calls);
            }
        }
        return slowest;
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
        int done = 0;
        boolean contiguous = true;
        try {
            for (Vote vote : ledger.pending()) {
                if (outcome != null || !advance(vote)) {
                    return;
                }
                // Everything walked past is committed or executed, but for the exit, noted every time.
                contiguous &= vote.leadingCandidate().call != Call.EXIT;
                if (contiguous) {
                    done++;
                }
            }
        } finally {
            ledger.done(done);
        }
    }

    /** Acts on one open vote of a stream walked in order; false when it holds back the votes after it. */
    private boolean advance(Vote vote) {
        Candidate winner = vote.winner();
        Call call = vote.leadingCandidate().call;
        boolean done = call.direction() == Direction.OUTPUT ? vote.committed : vote.executed != null;
        if (done && call != Call.EXIT) {
            return true;
        }
        if (MappedWriteOrder.ordered(call) && mappedWrites.mustWait(vote.firstSlot, vote.firstArrival, faulty)) {
            // Not before the writes into mapped files the asking replica's other threads made before it.
            return false;
        }
        if (call.direction() == Direction.OUTPUT) {
            if (winner == null) {
                return false;
            }
            executor.perform(winner.call, winner.payload);
            vote.committed = true;
            if (winner.call == Call.MAP_WRITE && mappedWrites.committedWhileWaiting()) {
                resettle = true;
            }
        } else if (call == Call.EXIT) {
            if (winner == null) {
                return false;
            }
            exit.exitAgreed(vote);
        } else if (call.ordering() != Ordering.AFTER_VOTE) {
            execute(vote, vote.leadingCandidate());
        } else if (winner != null) {
            execute(vote, winner);
        } else {
            // Not before a quorum agrees on the arguments; the thread waits for this answer anyway.
            return false;
        }
        return true;
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
        InterruptibleExecution interruptible = call.interruptible() ? vote.interruptible() : null;
        workers().execute(() -> {
            Answer answer = interruptible == null ? perform(call, payload, argument)
                    : interruptible.perform(() -> perform(call, payload, argument));
            tasks.add(() -> {
                vote.answer = answer;
                answerAll(vote);
                retire(ledgers.get(vote.stream));
            });
            doorbells.wakeup();
        });
    }

    private ExecutorService workers() {
        if (workers == null) {
            workers = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "jplr-worker");
                thread.setDaemon(true);
                return thread;
            });
        }
        return workers;
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

    private int runTasks() {
        int count = 0;
        Runnable task;
        while ((task = tasks.poll()) != null) {
            count++;
            task.run();
        }
        return count;
    }

    /**
     * Hands the answer to every running replica, including those that have not asked yet: a replica behind
     * the first finds its input waiting and never waits for the master. Its request, when it comes, is still
     * compared with the others. A replacement catching up, or one still replaying this stream from the log,
     * is answered only what it asks: a thread takes its answers in order, and the log's come first.
     */
    private void answerAll(Vote vote) {
        StreamLedger ledger = ledgers.get(vote.stream);
        for (Replica replica : slots) {
            if (replica != null && replica.running() && (vote.answered & replica.bit()) == 0
                    && (vote.votedBy(replica.index) || replica.state == Replica.State.RUNNING
                            && pastTheLog(replica, ledger))) {
                answer(replica, vote);
            }
        }
    }

    /** Whether the replica's next call of the ledger's stream is an open one, not one from the replay log. */
    private static boolean pastTheLog(Replica replica, StreamLedger ledger) {
        return replica.lastSequence(ledger.stream) + 1 >= ledger.base();
    }

    /** The answers of the open calls the others already have, in order, ahead of any later one. */
    private void answerOpenCalls(Replica replica, StreamLedger ledger) {
        for (Vote vote : ledger.open()) {
            if (vote.answer != null && (vote.answered & replica.bit()) == 0) {
                answer(replica, vote);
            }
        }
    }

    private void answer(Replica replica, Vote vote) {
        vote.answered |= replica.bit();
        if (vote.votedBy(replica.index)) {
            replica.answered(vote.stream, System.nanoTime());
        }
        sendAnswer(replica, vote.stream, vote.sequence, vote.answer);
    }

    private void sendAnswer(Replica replica, long stream, long sequence, Answer answer) {
        if (!replica.unsent.isEmpty() || !tryAnswer(replica, stream, sequence, answer)) {
            replica.unsent.add(new Replica.PendingAnswer(stream, sequence, answer));
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
        for (Replica replica : slots) {
            while (replica != null && replica.running() && !replica.unsent.isEmpty()) {
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

    // ------------------------------------------------------------------ liveness and JMX

    private void checkLiveness(long now) {
        long slowest = slowestProgress();
        for (Replica replica : slots) {
            if (replica == null || !replica.running() || replica.ended || outcome != null) {
                continue;
            }
            if (replica.debugged) {
                announceDebugger(replica);
                continue;
            }
            // Past the memory bound, replicas ahead of the slowest are not read: their progress is unknown.
            boolean read = retained <= RETAIN_LIMIT || replica.calls <= slowest;
            boolean attached = replica.channel.attached();
            long heartbeat = attached ? replica.channel.heartbeat() : ProcessCpuTime.ticks(replica.process.pid());
            String hung = hangs.hung(replica, heartbeat, attached, read, ledgers.values(), now);
            if (hung != null) {
                fault(replica, Fault.Kind.HANG, null, hung);
            }
        }
    }

    /** Once the debugged replica's JDWP agent says where it listens, the operator is told. */
    private void announceDebugger(Replica replica) {
        if (replica.debuggerAnnounced) {
            return;
        }
        try {
            Matcher matcher = JDWP_ADDRESS.matcher(Files.readString(replica.log, StandardCharsets.ISO_8859_1));
            if (matcher.find()) {
                replica.debuggerAnnounced = true;
                journal.debugger(replica, "127.0.0.1:" + matcher.group(1));
            }
        } catch (IOException notYet) {
            // The log appears with the JVM.
        }
    }

    /**
     * The MXBean is registered once the replicas have started and the run is two seconds old: the platform
     * MBean server takes over 100 ms of CPU to come up, which a short run must not pay for, and which the
     * replicas' start must not compete with.
     */
    private void registerBeanOnceStarted(long now) {
        if (beanRegistered || now - startNanos < BEAN_DELAY_NANOS) {
            return;
        }
        for (int i = 0; i < options.replicas(); i++) {
            if (slots[i] != null && slots[i].running() && !slots[i].channel.attached()) {
                return;
            }
        }
        beanRegistered = true;
        CompletableFuture.runAsync(bean::register);
    }

    private void publish() {
        long leader = 0;
        for (Replica replica : slots) {
            if (replica != null) {
                leader = Math.max(leader, replica.calls);
            }
        }
        List<ReplicaInfo> infos = new ArrayList<>();
        for (Replica replica : slots) {
            if (replica != null) {
                infos.add(new ReplicaInfo(replica.index, replica.ordinal, replica.state.name(),
                        replica.process.pid(), placement.cpuOf(replica.index),
                        replica.cpus, replica.calls, leader - replica.calls));
            }
        }
        bean.publish(new ReplicasBean.Snapshot(infos, journal.divergences(), journal.recoveries(),
                journal.suspects().counts(), liveCount(), options.mode()));
    }

    /** Bit k set: the replica in slot k is a replacement still replaying the run. */
    /**
     * Whether a call is still undecided that a quorum of the replicas still running (a tie-breaker or a
     * replacement replaying included) can decide, or decided but not yet written. Checked only when the run
     * is about to end, so its cost (every open call of every thread) is paid once.
     */
    private boolean callStillOpen() {
        for (StreamLedger ledger : ledgers.values()) {
            for (Vote vote : ledger.open()) {
                Candidate winner = vote.winner();
                if (winner == null ? vote.leadingCandidate().call != Call.EXIT
                        && vote.decide(quorum, running, faulty, Integer.bitCount(reserved)) && vote.winner() == null
                        : winner.call.direction() == Direction.OUTPUT && !vote.committed) {
                    return true;
                }
            }
        }
        return false;
    }

    private int catchingUp() {
        int mask = 0;
        for (Replica replica : slots) {
            mask |= replica != null && replica.state == Replica.State.CATCHING_UP ? replica.bit() : 0;
        }
        return mask;
    }

    /** Replicas not found faulty: voting, catching up, or ended through the voted exit. */
    private int healthyCount() {
        int healthy = 0;
        for (Replica replica : slots) {
            healthy += replica != null && replica.state != Replica.State.FAULTY ? 1 : 0;
        }
        return healthy;
    }

    /** Replicas that vote, or ended through the voted exit, and are not catching up. */
    private int liveCount() {
        int live = 0;
        for (Replica replica : slots) {
            live += replica != null && (replica.state == Replica.State.RUNNING
                    || replica.state == Replica.State.EXITED) ? 1 : 0;
        }
        return live;
    }

    // ------------------------------------------------------------------ ends of replicas and of the run

    private int settleEnded() {
        int count = 0;
        for (Replica replica : slots) {
            if (replica == null || !replica.ended || !replica.running()) {
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
                fault(replica, Fault.Kind.CRASH, null, describeUnannouncedEnd(replica));
                continue;
            }
            if (replica.state == Replica.State.CATCHING_UP) {
                // A replacement that replayed the whole run to its exit matched every call: it caught up.
                rejoin(replica, System.nanoTime());
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
        int status = replica.exitValue;
        String how = status > 128 ? "was killed by signal " + (status - 128) : "ended with exit status " + status;
        return how + " without exiting through the JVM (a crash)";
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

    private void fault(Replica replica, Fault.Kind kind, Vote vote, String reason) {
        fault(replica, kind, vote, List.of(), null, reason);
    }

    /**
     * A replica is faulty: its votes stop counting at once, the operator is told, and it is killed (after
     * printing its stack, if it is alive and diverged). Then, unless the run must stop, a replacement takes
     * its slot, or the others go on without it.
     */
    private void fault(Replica replica, Fault.Kind kind, Vote vote, List<Integer> agreed, Map<String, Object> diff,
            String reason) {
        if (replica.state == Replica.State.FAULTY || outcome != null || stopped) {
            return;
        }
        boolean catchingUp = replica.state == Replica.State.CATCHING_UP;
        replica.state = Replica.State.FAULTY;
        running &= ~replica.bit();
        faulty |= replica.bit();
        resettle = true;
        if (catchingUp) {
            failedRecoveries[replica.index]++;
            journal.recoveryFailed(replica);
        }
        placement.release(replica.index, true);
        Fault.Action action = actionAfter(replica, vote != null);
        String refused = action == Fault.Action.REPLACE ? null : refusalFor(replica);
        Fault fault = new Fault(replica.index, replica.ordinal, replica.process.pid(), kind,
                vote == null ? null : vote.leadingCandidate().call.toString(), vote == null ? 0 : vote.sequence,
                vote == null ? null : Streams.name(vote.stream), agreed, diff, replica.cpus, reason, action);
        int live = healthyCount();
        String consequence = switch (action) {
            case REPLACE -> "it was stopped and is being replaced by replay (" + live + " of " + options.replicas()
                    + " replicas meanwhile)";
            case TIE_BREAK -> "a third replica broke the tie against it; it was stopped (" + live
                    + " replicas remain)";
            case CONTINUE -> "it was stopped (" + live + " of " + options.replicas() + " replicas remain"
                    + (refused == null ? "" : "; " + refused) + ")";
            case STOP -> (refused != null ? refused + "; " : "")
                    + "the run was stopped and nothing more was written (exit status " + ExitStatus.NO_MAJORITY + ")";
        };
        journal.fault(fault, "replica " + replica.index + " " + reason + "; " + consequence);
        if (refused != null && action == Fault.Action.CONTINUE) {
            journal.recoveryRefused(replica.index, refused);
        }
        String thread = vote != null && vote.stream == StreamState.MAIN_STREAM ? "main" : null;
        if (action == Fault.Action.STOP) {
            // The run ends now: the record is written before the master returns, stack and all.
            List<String> stack = evidence.stackThenKill(replica, kind, thread);
            journal.faultRecorded(fault, stack, evidence.jvmLines(replica, kind));
            outcome = ExitStatus.NO_MAJORITY;
            return;
        }
        pendingRecords++;
        disposing |= replica.bit();
        if (action == Fault.Action.REPLACE) {
            reserved |= replica.bit();
        }
        workers().execute(() -> {
            List<String> stack = List.of();
            try {
                stack = evidence.stackThenKill(replica, kind, thread);
            } finally {
                List<String> taken = stack;
                tasks.add(() -> {
                    pendingRecords--;
                    disposing &= ~replica.bit();
                    resettle = true;
                    journal.faultRecorded(fault, taken, evidence.jvmLines(replica, kind));
                    if (action == Fault.Action.REPLACE) {
                        recover(replica.index, Replica.Role.REPLACEMENT);
                    }
                });
                doorbells.wakeup();
            }
        });
    }

    /**
     * A replacement that can no longer be fed (the replay log passed its bound while it caught up) is
     * stopped. It did nothing wrong: no divergence is counted and no CPU implicated.
     */
    private void abandon(Replica replica, String reason) {
        replica.state = Replica.State.FAULTY;
        running &= ~replica.bit();
        faulty |= replica.bit();
        resettle = true;
        replica.process.destroyForcibly();
        placement.release(replica.index, false);
        journal.recoveryFailed(replica);
        journal.recoveryRefused(replica.index, reason);
        journal.say("replica " + replica.index + " could not catch up and was stopped: " + reason + " ("
                + healthyCount() + " of " + options.replicas() + " replicas remain)");
        if (healthyCount() < quorum) {
            stop("fewer than " + quorum + " replicas remain to form a majority");
        }
    }

    /** What follows a fault: a replacement while one can be fed and the run allows it, else go on or stop. */
    private Fault.Action actionAfter(Replica replica, boolean outvoted) {
        if (options.stopOnDivergence()) {
            return Fault.Action.STOP;
        }
        int live = healthyCount();
        if (live >= options.replicas()) {
            // Only a tie-breaker makes more replicas than the run has: if it outvoted this one, it decided.
            return outvoted && replica.role != Replica.Role.TIE_BREAKER ? Fault.Action.TIE_BREAK
                    : Fault.Action.CONTINUE;
        }
        if (refusalFor(replica) == null && !exit.agreed()) {
            return Fault.Action.REPLACE;
        }
        return live >= quorum ? Fault.Action.CONTINUE : Fault.Action.STOP;
    }

    /** Why the slot's replica cannot be replaced, or null if it can. */
    private String refusalFor(Replica replica) {
        if (replayLog.overflowed()) {
            return refusal();
        }
        if (failedRecoveries[replica.index] >= MAX_FAILED_RECOVERIES) {
            return "recovery refused: " + MAX_FAILED_RECOVERIES + " replacements in slot " + replica.index
                    + " failed before rejoining";
        }
        return null;
    }

    private String refusal() {
        return "recovery refused: the replay log passed its bound of " + replayLog.limit() + " bytes (plr.replayLog)";
    }

    private synchronized NativeCalls natives() {
        if (natives == null) {
            natives = NativeCalls.load(run.path());
        }
        return natives;
    }

    private void stop(String reason) {
        if (outcome != null) {
            return;
        }
        boolean anyAttached = false;
        for (Replica replica : slots) {
            anyAttached |= replica != null && replica.channel.attached();
        }
        outcome = anyAttached ? ExitStatus.NO_MAJORITY : ExitStatus.START_FAILURE;
        journal.say(reason + "; the run was stopped and nothing more was written (exit status " + outcome + ")");
    }
}
