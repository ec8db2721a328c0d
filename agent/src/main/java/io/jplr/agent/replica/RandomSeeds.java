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

    private RandomSeeds() {
    }

    /** Runs on the main thread, with the boundary installed and the JDK packages opened to the agent. */
    static void reseed() {
        for (Map.Entry<String, String> generator : GENERATORS.entrySet()) {
            try {
                Field field = Class.forName(generator.getKey()).getDeclaredField(generator.getValue());
                field.setAccessible(true);
                AtomicLong seed = (AtomicLong) field.get(null);
                seed.set(mix(Boundary.currentTimeMillis()) ^ mix(Boundary.nanoTime()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new IllegalStateException("cannot reseed " + generator.getKey() + "." + generator.getValue()
                        + " on this JDK: " + e, e);
            }
        }
        Thread current = Thread.currentThread();
        long seed = mix(Boundary.currentTimeMillis()) ^ mix(Boundary.nanoTime());
        setThreadField(current, "threadLocalRandomSeed", seed);
        // Any non-zero probe marks the state initialized; this is the first one the JDK itself hands out.
        setThreadField(current, "threadLocalRandomProbe", 0x9e3779b9);
        setThreadField(current, "threadLocalRandomSecondarySeed", (int) (mix(seed) >>> 32) | 1);
    }

    private static void setThreadField(Thread thread, String name, long value) {
        try {
            Field field = Thread.class.getDeclaredField(name);
            field.setAccessible(true);
            if (field.getType() == int.class) {
                field.setInt(thread, (int) value);
            } else {
                field.setLong(thread, value);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot set Thread." + name + " on this JDK: " + e, e);
        }
    }

    /** MurmurHash3's 64-bit finalizer, as the JDK mixes its own seeds. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
