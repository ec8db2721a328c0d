package io.jplr.bootstrap;

/**
 * The logical call stream of one application thread: a deterministic identity and the thread's next call
 * sequence number. Every replica gives the same thread the same identity because it is derived from the
 * creation tree (the main thread is the root, the k-th thread a thread creates is its child k), never from
 * {@code Thread.getId()} or timing. The master keys calls by (stream, sequence).
 *
 * <p>Threads no application thread created (JVM-internal threads such as Common-Cleaner or DestroyJavaVM)
 * get an identity derived from their name.
 *
 * <p>A task handed to a thread pool is a stream of its own too ({@link TaskStreams}): the k-th task a thread
 * submits, numbered apart from the threads it creates, since a pool creates its workers when timing says so.
 */
public final class StreamState {
    public static final long MAIN_STREAM = 1L;
    /** Keeps task streams' identities apart from the threads' of the same parent. */
    private static final long TASK_SALT = 0x7A5C_0F7A_5C0F_7A5CL;

    private static final InheritableThreadLocal<StreamState> CURRENT = new InheritableThreadLocal<>() {
        /**
         * A pool creates its workers when timing says so: numbered among the creating thread's children, they would
         * renumber the threads that thread creates itself afterwards. A worker gets no inherited stream, and is
         * named when it first asks ({@link #current}), like a JVM-internal thread; the tasks it runs have streams
         * of their own ({@link TaskStreams}).
         */
        @Override
        protected StreamState childValue(StreamState parent) {
            return PoolWorkers.beingCreated() ? null : parent.newChild();
        }

        @Override
        protected StreamState initialValue() {
            return named();
        }
    };

    private final long id;
    private long lastSequence;
    private int children;
    private int tasks;
    /** Non-zero while this thread is inside the boundary: the boundary's own I/O is not intercepted. */
    int depth;
    /** This thread's writes into mapped files not yet sent (MappedMemory), or null before its first. */
    io.jplr.sharedmemory.WriteBatch mappedWrites;

    private StreamState(long id) {
        this.id = id;
    }

    /** The stream of the calling thread. */
    public static StreamState current() {
        StreamState stream = CURRENT.get();
        if (stream == null) {
            stream = named();
            CURRENT.set(stream);
        }
        return stream;
    }

    /** The stream of a thread no application thread created, or a pool's worker: by the thread's name. */
    private static StreamState named() {
        return new StreamState(mix(Thread.currentThread().getName().hashCode() | 0x8000_0000_0000_0000L));
    }

    /** Makes the calling thread (the JVM's main thread, during premain) the root of the creation tree. */
    public static void makeRoot() {
        CURRENT.set(new StreamState(MAIN_STREAM));
    }

    public long id() {
        return id;
    }

    /** The sequence number of this thread's next call: 1, 2, 3... */
    public long nextSequence() {
        return ++lastSequence;
    }

    private StreamState newChild() {
        children++;
        return new StreamState(mix(id * 31 + children));
    }

    /** The stream of the next task this thread hands to a pool. */
    StreamState newTask() {
        tasks++;
        return new StreamState(mix(mix(id ^ TASK_SALT) + tasks));
    }

    /** Makes {@code next} the calling thread's stream (a pool worker running a task); returns the one it had. */
    static StreamState swap(StreamState next) {
        StreamState previous = CURRENT.get();
        CURRENT.set(next);
        return previous;
    }

    /** A bijective 64-bit mixer (from SplitMix64): distinct inputs give distinct ids. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
