package io.jplr.faultinjector;

/**
 * A set of objects compared by identity and hashed by where they are, so that adding an application object
 * never gives it an identity hash code (see {@link InternalUnsafe}). Open addressing with linear probing.
 *
 * <p>A garbage collection that moves an object between its insertion and a later lookup makes the lookup miss
 * (equality is still {@code ==}, so a miss never merges two objects): the object would be walked twice.
 * {@link #isConsistent()} tells afterwards whether that can have happened.
 */
final class IdentitySet {
    private final InternalUnsafe unsafe;
    /** The one slot whose stored reference is read as an address; never shared between threads. */
    private final Object[] holder = new Object[1];
    private Object[] table = new Object[1 << 12];
    private int size;

    IdentitySet(InternalUnsafe unsafe) {
        this.unsafe = unsafe;
    }

    /** Adds {@code object} (not null); false when it was already there. */
    boolean add(Object object) {
        int mask = table.length - 1;
        for (int i = hash(object) & mask;; i = (i + 1) & mask) {
            Object present = table[i];
            if (present == null) {
                table[i] = object;
                if (++size > table.length / 2) {
                    rehash(table.length * 2);
                }
                return true;
            }
            if (present == object) {
                return false;
            }
        }
    }

    boolean contains(Object object) {
        int mask = table.length - 1;
        for (int i = hash(object) & mask;; i = (i + 1) & mask) {
            Object present = table[i];
            if (present == null) {
                return false;
            }
            if (present == object) {
                return true;
            }
        }
    }

    int size() {
        return size;
    }

    /** Whether every element is still found where its current address hashes: no element moved since. */
    boolean isConsistent() {
        for (Object element : table) {
            if (element != null && !contains(element)) {
                return false;
            }
        }
        return true;
    }

    private void rehash(int capacity) {
        Object[] old = table;
        table = new Object[capacity];
        int mask = capacity - 1;
        for (Object element : old) {
            if (element != null) {
                int i = hash(element) & mask;
                while (table[i] != null) {
                    i = (i + 1) & mask;
                }
                table[i] = element;
            }
        }
    }

    private int hash(Object object) {
        holder[0] = object;
        long address = unsafe.addressOf(holder);
        holder[0] = null;
        // Addresses are aligned and clustered: a multiplicative hash's high half mixes all their bits.
        return (int) ((address * 0x9E37_79B9_7F4A_7C15L) >>> 32);
    }
}
