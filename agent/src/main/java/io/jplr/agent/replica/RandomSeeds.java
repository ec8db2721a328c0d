package io.jplr.agent.replica;

import io.jplr.bootstrap.Boundary;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reseeds the JDK's global random seed generators from replicated time.
 *
 * <p>{@code ThreadLocalRandom} and {@code SplittableRandom} draw their seeds once, from the clock, when their
 * class is initialized. The agent's own setup may initialize them (ByteBuddy's concurrent maps touch
 * {@code ThreadLocalRandom}) before the boundary is installed, with this replica's own clock. Setting their
 * generators afresh from the master's clock, once the boundary is in place, gives every replica the same
 * seeds while two runs still get different ones.
 *
 * <p>The main thread's own {@code ThreadLocalRandom} state is set too, from the same replicated clock: any
 * contended {@code ConcurrentHashMap} initializes a thread's state from the shared generator as a side
 * effect, so which thread draws first, and when, depends on timing. Set here, the main thread never draws.
 */
final class RandomSeeds {
    private static final Map<String, String> GENERATORS = Map.of(
            "java.util.concurrent.ThreadLocalRandom", "seeder",
            "java.util.SplittableRandom", "defaultGen");

    private final Field[] generators;
    private final Field threadSeed;
    private final Field threadProbe;
    private final Field threadSecondarySeed;

    private RandomSeeds(Field[] generators, Field threadSeed, Field threadProbe, Field threadSecondarySeed) {
        this.generators = generators;
        this.threadSeed = threadSeed;
        this.threadProbe = threadProbe;
        this.threadSecondarySeed = threadSecondarySeed;
    }

    /**
     * Looks the fields up and makes them accessible, on the setup thread: reflection hashes classes into
     * its caches, and the main thread must draw no identity hash code before the application does.
     */
    static RandomSeeds prepare() {
        try {
            Field[] generators = new Field[GENERATORS.size()];
            int i = 0;
            for (Map.Entry<String, String> generator : GENERATORS.entrySet()) {
                generators[i] = accessible(Class.forName(generator.getKey()).getDeclaredField(generator.getValue()));
                generators[i].get(null);
                i++;
            }
            Thread self = Thread.currentThread();
            Field seed = accessible(Thread.class.getDeclaredField("threadLocalRandomSeed"));
            Field probe = accessible(Thread.class.getDeclaredField("threadLocalRandomProbe"));
            Field secondary = accessible(Thread.class.getDeclaredField("threadLocalRandomSecondarySeed"));
            // Reading once creates each field's accessor here rather than on the main thread.
            seed.setLong(self, seed.getLong(self));
            probe.setInt(self, probe.getInt(self));
            secondary.setInt(self, secondary.getInt(self));
            return new RandomSeeds(generators, seed, probe, secondary);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot reach the JDK's random seeds on this JDK: " + e, e);
        }
    }

    private static Field accessible(Field field) {
        field.setAccessible(true);
        return field;
    }

    /** Runs on the main thread, with the boundary installed. */
    void reseed() {
        try {
            for (Field generator : generators) {
                ((AtomicLong) generator.get(null)).set(mix(Boundary.currentTimeMillis()) ^ mix(Boundary.nanoTime()));
            }
            Thread current = Thread.currentThread();
            long seed = mix(Boundary.currentTimeMillis()) ^ mix(Boundary.nanoTime());
            threadSeed.setLong(current, seed);
            // Any non-zero probe marks the state initialized; this is the first one the JDK itself hands out.
            threadProbe.setInt(current, 0x9e3779b9);
            threadSecondarySeed.setInt(current, (int) (mix(seed) >>> 32) | 1);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot reseed the JDK's random generators: " + e, e);
        }
    }

    /** MurmurHash3's 64-bit finalizer, as the JDK mixes its own seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
