package io.jplr.bootstrap;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * Interrupts a replica has been answered for before it made them. The master interrupts a call (a sleep) once a
 * quorum of replicas say their thread was interrupted in it, and answers every replica so; in a replica behind the
 * quorum (or a replacement replaying the run) the program's interrupt of that thread has not happened yet. It
 * will, and must then change nothing: natively it woke the call, which cleared the flag. So the waiting thread
 * owes it, and the thread's next interrupt by another thread is absorbed.
 */
public final class InterruptDebts {
    /** By thread, weakly: a thread that ends owing (the program never interrupts it again) is let go of. */
    private static final Map<Thread, Integer> OWED = new WeakHashMap<>();
    /** How many interrupts are owed in all: {@link #absorbed} looks no further while there are none. */
    private static volatile int owed;

    private InterruptDebts() {
    }

    /**
     * The master answered the calling thread's call interrupted: its flag is clear now, as the JDK's method leaves
     * it, and if the interrupt has not come here yet, the thread owes it.
     */
    static void answeredInterrupted() {
        if (!Thread.interrupted()) {
            owe();
        }
    }

    private static void owe() {
        Thread thread = Thread.currentThread();
        synchronized (OWED) {
            OWED.merge(thread, 1, Integer::sum);
            owed++;
        }
    }

    /**
     * {@code Thread.interrupt()} (and a virtual thread's): whether this interrupt of {@code thread} is one it owes,
     * and changes nothing. A thread interrupting itself owes nothing to itself: that is never a race.
     */
    public static boolean absorbed(Thread thread) {
        if (owed == 0 || thread == Thread.currentThread()) {
            return false;
        }
        synchronized (OWED) {
            Integer debt = OWED.get(thread);
            if (debt == null) {
                return false;
            }
            if (debt == 1) {
                OWED.remove(thread);
            } else {
                OWED.put(thread, debt - 1);
            }
            owed--;
            return true;
        }
    }
}
