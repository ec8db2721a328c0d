package io.jplr.agent.replica;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The ids the JVM gives threads ({@code Thread.getId()}). A replica's agent starts threads of its own before the
 * program's main (setup, doorbell, watchdog), which would take the ids the program's first threads have natively.
 * Once they run, the JVM's counter is set back to the first id they took, and those still alive move to ids at the
 * top of the range, where no program thread's will ever be: the program's threads get their native ids, and ids
 * stay unique.
 */
final class ThreadIdentities {
    private ThreadIdentities() {
    }

    /**
     * Gives the ids from {@code first} (the first thread jPLR started) back to the program. Needs
     * {@code java.lang} open to the agent and {@code jdk.internal.misc} exported to it. On a JDK whose counter it
     * does not know, ids stay as they are (shifted, alike in every replica).
     */
    static void giveBack(long first) {
        try {
            NextId next = NextId.of();
            if (next == null) {
                return;
            }
            Field tid = Thread.class.getDeclaredField("tid");
            tid.setAccessible(true);
            long top = Long.MAX_VALUE;
            for (Thread thread : liveThreads()) {
                if (thread.getId() >= first) {
                    tid.setLong(thread, top--);
                }
            }
            next.set(first);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.err.println("jplr: thread ids stay shifted: " + e);
        }
    }

    private static Thread[] liveThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        Thread[] live = new Thread[count];
        System.arraycopy(threads, 0, live, 0, count);
        return live;
    }

    /** The JVM's next thread id, as the JDK keeps it. */
    private interface NextId {
        void set(long next) throws ReflectiveOperationException;

        static NextId of() throws ReflectiveOperationException {
            try {
                // JDK 17: a static counter, the last id given, raised under the class's lock.
                Field sequence = Thread.class.getDeclaredField("threadSeqNumber");
                sequence.setAccessible(true);
                return next -> {
                    synchronized (Thread.class) {
                        sequence.setLong(null, next - 1);
                    }
                };
            } catch (NoSuchFieldException laterJdk) {
                // JDK 19 and later: the next id, in the VM's memory, taken with an atomic add.
                Method offset;
                try {
                    offset = Thread.class.getDeclaredMethod("getNextThreadIdOffset");
                } catch (NoSuchMethodException unknown) {
                    return null;
                }
                offset.setAccessible(true);
                long address = (long) offset.invoke(null);
                Class<?> unsafeClass = Class.forName("jdk.internal.misc.Unsafe");
                Object unsafe = unsafeClass.getMethod("getUnsafe").invoke(null);
                Method put = unsafeClass.getMethod("putLongVolatile", Object.class, long.class, long.class);
                return next -> put.invoke(unsafe, null, address, next);
            }
        }
    }
}
