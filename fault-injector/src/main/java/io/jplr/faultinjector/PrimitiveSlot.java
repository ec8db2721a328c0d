package io.jplr.faultinjector;

import java.lang.reflect.Field;

/** One primitive field of one object (or class) or one primitive array element, with the path that reached it. */
final class PrimitiveSlot {
    private final String path;
    private final PrimitiveKind kind;
    /** The field, or null for an array element. */
    private final Field field;
    /** The field's object (null for a static field) or the array. */
    private final Object owner;
    private final int index;

    private PrimitiveSlot(String path, PrimitiveKind kind, Field field, Object owner, int index) {
        this.path = path;
        this.kind = kind;
        this.field = field;
        this.owner = owner;
        this.index = index;
    }

    /** {@code field} of {@code owner}, or of its class when {@code owner} is null. */
    static PrimitiveSlot ofField(String path, Field field, Object owner) {
        return new PrimitiveSlot(path, PrimitiveKind.of(field.getType()), field, owner, -1);
    }

    static PrimitiveSlot ofElement(String path, PrimitiveKind kind, Object array, int index) {
        return new PrimitiveSlot(path, kind, null, array, index);
    }

    String path() {
        return path;
    }

    PrimitiveKind kind() {
        return kind;
    }

    /**
     * Flips {@code bit} (0 is the least significant; a boolean has only bit 0) and says what changed. The
     * application keeps running: a write of its own between this read and write is lost, as a store racing
     * with an upset would be.
     */
    String flip(int bit) {
        String type = kind.typeName();
        try {
            long before = field != null ? kind.read(field, owner) : kind.read(owner, index);
            long after = before ^ (1L << bit);
            if (field != null) {
                kind.write(field, owner, after);
            } else {
                kind.write(owner, index, after);
            }
            String change = kind.format(before) + " -> " + kind.format(after);
            return kind == PrimitiveKind.BOOLEAN
                    ? path + " (" + type + "): " + change
                    : path + " (" + type + ") bit " + bit + ": " + change;
        } catch (IllegalAccessException | RuntimeException e) {
            // A final field that a later JDK no longer lets reflection set.
            return path + " (" + type + ") could not be flipped: " + e;
        }
    }
}
