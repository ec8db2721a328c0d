package io.jplr.bootstrap;

/**
 * The logical call stream of one application thread: a deterministic identity and the thread's next call
 * sequence number. Every replica gives the same thread the same identity because it is derived from the
 * creation tree (the main thread is the root, the k-th thread a thread creates is its child k), never from
 * {@code Thread.getId()} or timing. The master keys calls by (stream, sequence).
 *
 * <p>Threads no application thread created (JVM-internal threads such as Common-Cleaner or DestroyJavaVM)
 * get an identity derived from their name.
 */
public final class StreamState {
    public static final long MAIN_STREAM = 1L;

    private static final InheritableThreadLocal<StreamState> CURRENT = new InheritableThreadLocal<>() {
        @Override
        protected StreamState childValue(StreamState parent) {
            return parent.newChild();
        }

        @Override
        protected StreamState initialValue() {
            return new StreamState(mix(Thread.currentThread().getName().hashCode() | 0x8000_0000_0000_0000L));
        }
    };

    private final long id;
    private long lastSequence;
    private int children;
    /** Non-zero while this thread is inside the boundary: the boundary's own I/O is not intercepted. */
    int depth;
    /** This thread's writes into mapped files not yet sent (MappedMemory), or null before its first. */
    io.jplr.sharedmemory.WriteBatch mappedWrites;

    private StreamState(long id) {
        this.id = id;
    }

    /** The stream of the calling thread. */
    public static StreamState current() {
        return CURRENT.get();
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

    /** A bijective 64-bit mixer (from SplitMix64): distinct inputs give distinct ids. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
