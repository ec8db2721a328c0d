package io.jplr.faultinjector;

import java.lang.reflect.Field;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A breadth-first walk of the objects reachable from the application classes' static fields, counting the
 * primitive slots it meets: each reached object's writable primitive fields, each primitive array's
 * elements, each root class's writable static primitive fields. The objects are kept in the order they were
 * reached, with the field or index that reached each, so that a slot chosen by number can be found and named.
 *
 * <p>The walk is bounded, because it runs while the application does, on a core the application may want:
 * at most {@value #MAX_OBJECTS} objects and {@value #MAX_REFERENCE_READS} reference reads (fields and object
 * array elements): some megabytes of bookkeeping and, measured on a shared two-core machine, 30 to 150 ms for
 * 180,000 objects (a HashMap of 60,000 entries). Breadth first, a bounded walk keeps the objects nearest the
 * roots, the application's own structures before what lies behind them; a huge primitive array costs nothing
 * to count however long it is.
 */
final class HeapWalk {
    static final int MAX_OBJECTS = 200_000;
    static final long MAX_REFERENCE_READS = 2_000_000;
    /** Paths longer than this (a linked list's nodes) show their first and last steps only. */
    private static final int PATH_STEPS = 16;

    private final IdentitySet visited;
    /** The reached objects in order; a root class's node holds the class, for its static fields. */
    private Object[] objects = new Object[1024];
    /** The node that reached each node, -1 for a root class. */
    private int[] parents = new int[1024];
    /** The field that reached each node, or null when it was an array element... */
    private Field[] fields = new Field[1024];
    /** ...at this index. */
    private int[] indexes = new int[1024];
    /** The number of candidate slots in this node and all before it. */
    private long[] slotEnds = new long[1024];
    private int size;
    private int classes;
    private long referenceReads;
    private boolean bounded;

    private HeapWalk(InternalUnsafe unsafe) {
        visited = new IdentitySet(unsafe);
    }

    /** Walks from the static fields of those of {@code roots} that are initialized. */
    static HeapWalk from(List<Class<?>> roots, InternalUnsafe unsafe) {
        HeapWalk walk = new HeapWalk(unsafe);
        for (Class<?> root : roots) {
            // Reading a static field would run the initializer of a class that has not run it yet.
            if (walk.size < MAX_OBJECTS && unsafe.isInitialized(root)) {
                walk.append(root, -1, null, -1, ClassLayout.of(root).staticPrimitives.length);
                walk.classes++;
            }
        }
        walk.walk();
        return walk;
    }

    /** The number of candidate slots found. */
    long slots() {
        return size == 0 ? 0 : slotEnds[size - 1];
    }

    /** The number of root classes whose static fields were read. */
    int classes() {
        return classes;
    }

    /** The number of objects reached. */
    int objects() {
        return size - classes;
    }

    /** Whether the walk stopped at its bound rather than at the end of the reachable objects. */
    boolean bounded() {
        return bounded;
    }

    /**
     * Whether no object moved during the walk, as far as the identity set can tell: a move may have had an
     * object walked (and its slots counted) twice.
     */
    boolean isConsistent() {
        return visited.isConsistent();
    }

    /** The {@code number}-th candidate slot, from 0 to {@link #slots()} - 1. */
    PrimitiveSlot slot(long number) {
        // The first node whose slots end after the number (nodes without slots share their end with the last).
        int node = 0;
        int high = size - 1;
        while (node < high) {
            int middle = (node + high) >>> 1;
            if (slotEnds[middle] > number) {
                high = middle;
            } else {
                node = middle + 1;
            }
        }
        int offset = (int) (number - (node == 0 ? 0 : slotEnds[node - 1]));
        Object object = objects[node];
        if (parents[node] < 0) {
            Field field = ClassLayout.of((Class<?>) object).staticPrimitives[offset];
            return PrimitiveSlot.ofField(path(node, "." + field.getName()), field, null);
        }
        ClassLayout layout = ClassLayout.of(object.getClass());
        if (layout.elementKind != null) {
            return PrimitiveSlot.ofElement(path(node, "[" + offset + "]"), layout.elementKind, object, offset);
        }
        Field field = layout.primitives[offset];
        return PrimitiveSlot.ofField(path(node, "." + field.getName()), field, object);
    }

    private void walk() {
        for (int head = 0; head < size && !bounded; head++) {
            Object object = objects[head];
            if (parents[head] < 0) {
                for (Field field : ClassLayout.of((Class<?>) object).staticReferences) {
                    offer(read(field, null), head, field, -1);
                }
                continue;
            }
            ClassLayout layout = ClassLayout.of(object.getClass());
            if (layout.objectArray) {
                Object[] array = (Object[]) object;
                for (int i = 0; i < array.length && !bounded; i++) {
                    offer(array[i], head, null, i);
                }
            } else {
                for (Field field : layout.references) {
                    offer(read(field, object), head, field, -1);
                }
            }
        }
    }

    private void offer(Object value, int parent, Field field, int index) {
        if (++referenceReads > MAX_REFERENCE_READS) {
            bounded = true;
            return;
        }
        if (value == null || bounded) {
            return;
        }
        ClassLayout layout = ClassLayout.of(value.getClass());
        if (!layout.walkable || !visited.add(value)) {
            return;
        }
        if (size == MAX_OBJECTS) {
            bounded = true;
            return;
        }
        append(value, parent, field, index, layout.slots(value));
    }

    private void append(Object object, int parent, Field field, int index, long slots) {
        if (size == objects.length) {
            int capacity = Math.min(size * 2, MAX_OBJECTS);
            objects = Arrays.copyOf(objects, capacity);
            parents = Arrays.copyOf(parents, capacity);
            fields = Arrays.copyOf(fields, capacity);
            indexes = Arrays.copyOf(indexes, capacity);
            slotEnds = Arrays.copyOf(slotEnds, capacity);
        }
        objects[size] = object;
        parents[size] = parent;
        fields[size] = field;
        indexes[size] = index;
        slotEnds[size] = slots() + slots;
        size++;
    }

    /** Anything reading a field may throw (a JDK that refuses, a class that fails to link) leaves it unread. */
    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException | RuntimeException | LinkageError e) {
            return null;
        }
    }

    /** The way from a root class to {@code node}, then {@code last}: {@code samples.Crc32.TABLE[17]}. */
    private String path(int node, String last) {
        Deque<String> steps = new ArrayDeque<>();
        steps.push(last);
        for (int at = node; at >= 0; at = parents[at]) {
            if (parents[at] < 0) {
                steps.push(((Class<?>) objects[at]).getName());
            } else {
                steps.push(fields[at] != null ? "." + fields[at].getName() : "[" + indexes[at] + "]");
            }
        }
        if (steps.size() <= PATH_STEPS) {
            return String.join("", steps);
        }
        List<String> all = List.copyOf(steps);
        int head = PATH_STEPS / 4;
        int tail = PATH_STEPS - head;
        return String.join("", all.subList(0, head)) + "..(" + (all.size() - PATH_STEPS) + " steps).."
                + String.join("", all.subList(all.size() - tail, all.size()));
    }
}
