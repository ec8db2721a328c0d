package io.jplr.faultinjector.tool;

import java.util.Random;

/**
 * The random choices of one campaign run, drawn only from the campaign's seed and the run's index, so that the
 * same seed gives the same injections whatever the order in which parallel runs happen to start.
 *
 * @param run            the run's index, from 0
 * @param replica        the replica slot the fault goes into
 * @param delayFraction  where in the injection window the fault goes, in [0, 1)
 * @param injectorSeed   the bean's seed for the injection's own choices (which field, which bit...)
 * @param branchFraction for a register fault, how far into the rest of the run the branch lies, in [0, 1)
 */
record InjectionPlan(int run, int replica, double delayFraction, long injectorSeed, double branchFraction) {

    /** Weyl-sequence step (the golden ratio in 64 bits): consecutive run indexes land far apart before mixing. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    static InjectionPlan draw(long campaignSeed, int run, int replicas) {
        if (run < 0 || replicas < 1) {
            throw new IllegalArgumentException("run " + run + ", replicas " + replicas);
        }
        // java.util.Random's algorithm is specified, unlike SplittableRandom's, so a seed replays the same
        // campaign on any JDK. The draws happen in a fixed order: never reorder them.
        Random random = new Random(runSeed(campaignSeed, run));
        int replica = random.nextInt(replicas);
        double delayFraction = random.nextDouble();
        long injectorSeed = random.nextLong();
        double branchFraction = random.nextDouble();
        return new InjectionPlan(run, replica, delayFraction, injectorSeed, branchFraction);
    }

    /** The delay after the bean is reachable, within a window as long as the fault-free run's. */
    long delayMillis(long windowMillis) {
        return (long) Math.floor(delayFraction * Math.max(0, windowMillis));
    }

    /**
     * The branch to flip a register bit at: at least one past what the replica has published ({@code count}),
     * then the drawn fraction of what is estimated to remain of the run.
     */
    long registerBranch(long count, long estimatedTotal) {
        long remaining = Math.max(0, estimatedTotal - count);
        return count + 1 + (long) Math.floor(branchFraction * remaining);
    }

    /** Mixes the pair so that neither nearby seeds nor nearby runs give related streams. */
    static long runSeed(long campaignSeed, int run) {
        return mix(mix(campaignSeed) + GOLDEN_GAMMA * (run + 1L));
    }

    /** A bijective 64-bit finalizer (xor-shift-multiply rounds): every input bit affects every output bit. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
