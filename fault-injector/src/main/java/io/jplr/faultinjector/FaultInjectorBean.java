package io.jplr.faultinjector;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The {@code io.jplr:type=FaultInjector} MXBean: checks what the user asks, draws the random choices from the
 * bean's seed, and hands the fault to its target.
 */
public final class FaultInjectorBean implements FaultInjectorMXBean {
    /** The models {@link #injectRandom} draws from: every one that ends in a wrong, crashed or stuck replica. */
    private static final List<FaultModel> RANDOM_MODELS = List.of(FaultModel.HEAP, FaultModel.REGISTER,
            FaultModel.MEMORY, FaultModel.OUTPUT, FaultModel.CRASH, FaultModel.HANG);

    private final String mode;
    private final List<InjectionTarget> targets;
    private long seed = System.nanoTime();

    FaultInjectorBean(String mode, List<InjectionTarget> targets) {
        this.mode = mode;
        this.targets = List.copyOf(targets);
    }

    @Override
    public int getReplicas() {
        return targets.size();
    }

    @Override
    public String getMode() {
        return mode;
    }

    @Override
    public synchronized long getSeed() {
        return seed;
    }

    @Override
    public synchronized void setSeed(long seed) {
        this.seed = seed;
    }

    @Override
    public String flipHeapBit(int replica) {
        return target(replica).inject(FaultModel.HEAP, 0, nextSeed());
    }

    @Override
    public String flipRegisterBit(int replica, long branch) {
        if (branch < 1) {
            throw new IllegalArgumentException("branch must be 1 or more (the K-th backward branch), not " + branch);
        }
        return target(replica).injectAtBranch(FaultModel.REGISTER, branch, nextSeed());
    }

    @Override
    public long branchCount(int replica) {
        return target(replica).branchCount();
    }

    @Override
    public String injectAtBranch(int replica, String model, long branch) {
        FaultModel parsed = FaultModel.ofWord(model == null ? "" : model.trim().toLowerCase(Locale.ROOT))
                .filter(FaultModel::strikesAtBranch)
                .orElseThrow(() -> new IllegalArgumentException("model must be heap, register, memory, output, crash or hang,"
                        + " not '" + model + "'"));
        if (branch < 1) {
            throw new IllegalArgumentException("branch must be 1 or more (the K-th backward branch), not " + branch);
        }
        return target(replica).injectAtBranch(parsed, branch, nextSeed());
    }

    @Override
    public String flipMemoryBit(int replica, int count) {
        if (count < 1 || count > 64) {
            throw new IllegalArgumentException("count must be from 1 to 64 bits, not " + count);
        }
        return target(replica).inject(FaultModel.MEMORY, count, nextSeed());
    }

    @Override
    public String corruptNextOutput(int replica) {
        return target(replica).inject(FaultModel.OUTPUT, 0, nextSeed());
    }

    @Override
    public String crash(int replica) {
        return target(replica).inject(FaultModel.CRASH, 0, nextSeed());
    }

    @Override
    public String hang(int replica) {
        return target(replica).inject(FaultModel.HANG, 0, nextSeed());
    }

    @Override
    public String slow(int replica, long millis) {
        if (millis < 0 || millis > 60_000) {
            throw new IllegalArgumentException("millis must be from 0 to 60000, not " + millis);
        }
        return target(replica).inject(FaultModel.SLOW, millis, nextSeed());
    }

    /**
     * A random model into a random replica. The point is random too: a register fault at a branch up to a
     * million ahead of the replica's count, any other fault now.
     */
    @Override
    public String injectRandom(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int replica = random.nextInt(targets.size());
        FaultModel model = RANDOM_MODELS.get(random.nextInt(RANDOM_MODELS.size()));
        InjectionTarget target = targets.get(replica);
        long argument = switch (model) {
            case REGISTER -> target.branchCount() + 1 + random.nextLong(1_000_000);
            case MEMORY -> 1;
            default -> 0;
        };
        return model.word() + ": " + target.inject(model, argument, random.nextLong());
    }

    private InjectionTarget target(int replica) {
        if (replica < 0 || replica >= targets.size()) {
            throw new IllegalArgumentException("no replica " + replica + ": replicas are numbered 0 to "
                    + (targets.size() - 1));
        }
        return targets.get(replica);
    }

    /** This operation's seed; the bean's seed moves on, so the next operation draws afresh. */
    private synchronized long nextSeed() {
        long drawn = seed;
        seed = new SplittableRandom(seed).nextLong();
        return drawn;
    }
}
