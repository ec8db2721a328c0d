package io.jplr.faultinjector;

import java.lang.reflect.Field;

/**
 * The eight primitive types as bit patterns: each reads a field or an array element as the raw bits of its
 * value (in the low bits of a long), writes such bits back, and prints them. Flipping a bit is then the same
 * {@code bits ^ (1L << bit)} for every type, a boolean being a one-bit value.
 */
enum PrimitiveKind {
    BOOLEAN(boolean.class, 1),
    BYTE(byte.class, Byte.SIZE),
    CHAR(char.class, Character.SIZE),
    SHORT(short.class, Short.SIZE),
    INT(int.class, Integer.SIZE),
    FLOAT(float.class, Float.SIZE),
    LONG(long.class, Long.SIZE),
    DOUBLE(double.class, Double.SIZE);

    private final Class<?> type;
    private final int width;

    PrimitiveKind(Class<?> type, int width) {
        this.type = type;
        this.width = width;
    }

    /** The kind of a primitive type ({@code int.class}...) or of a primitive array's elements. */
    static PrimitiveKind of(Class<?> primitive) {
        for (PrimitiveKind kind : values()) {
            if (kind.type == primitive) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a primitive type: " + primitive);
    }

    /** The number of bits a flip chooses from. */
    int width() {
        return width;
    }

    String typeName() {
        return type.getName();
    }

    /** The bits of {@code field} of {@code owner} ({@code null} for a static field), which is accessible. */
    long read(Field field, Object owner) throws IllegalAccessException {
        return switch (this) {
            case BOOLEAN -> field.getBoolean(owner) ? 1 : 0;
            case BYTE -> field.getByte(owner) & 0xffL;
            case CHAR -> field.getChar(owner);
            case SHORT -> field.getShort(owner) & 0xffffL;
            case INT -> field.getInt(owner) & 0xffff_ffffL;
            case FLOAT -> Float.floatToRawIntBits(field.getFloat(owner)) & 0xffff_ffffL;
            case LONG -> field.getLong(owner);
            case DOUBLE -> Double.doubleToRawLongBits(field.getDouble(owner));
        };
    }

    void write(Field field, Object owner, long bits) throws IllegalAccessException {
        switch (this) {
            case BOOLEAN -> field.setBoolean(owner, bits != 0);
            case BYTE -> field.setByte(owner, (byte) bits);
            case CHAR -> field.setChar(owner, (char) bits);
            case SHORT -> field.setShort(owner, (short) bits);
            case INT -> field.setInt(owner, (int) bits);
            case FLOAT -> field.setFloat(owner, Float.intBitsToFloat((int) bits));
            case LONG -> field.setLong(owner, bits);
            case DOUBLE -> field.setDouble(owner, Double.longBitsToDouble(bits));
        }
    }

    /** The bits of {@code array[index]}; {@code array} is an array of this kind. */
    long read(Object array, int index) {
        return switch (this) {
            case BOOLEAN -> ((boolean[]) array)[index] ? 1 : 0;
            case BYTE -> ((byte[]) array)[index] & 0xffL;
            case CHAR -> ((char[]) array)[index];
            case SHORT -> ((short[]) array)[index] & 0xffffL;
            case INT -> ((int[]) array)[index] & 0xffff_ffffL;
            case FLOAT -> Float.floatToRawIntBits(((float[]) array)[index]) & 0xffff_ffffL;
            case LONG -> ((long[]) array)[index];
            case DOUBLE -> Double.doubleToRawLongBits(((double[]) array)[index]);
        };
    }

    void write(Object array, int index, long bits) {
        switch (this) {
            case BOOLEAN -> ((boolean[]) array)[index] = bits != 0;
            case BYTE -> ((byte[]) array)[index] = (byte) bits;
            case CHAR -> ((char[]) array)[index] = (char) bits;
            case SHORT -> ((short[]) array)[index] = (short) bits;
            case INT -> ((int[]) array)[index] = (int) bits;
            case FLOAT -> ((float[]) array)[index] = Float.intBitsToFloat((int) bits);
            case LONG -> ((long[]) array)[index] = bits;
            case DOUBLE -> ((double[]) array)[index] = Double.longBitsToDouble(bits);
        }
    }

    /**
     * The value as a report shows it: hex digits for the whole width, so the flipped bit is visible, and the
     * number too for floating point, whose bits alone say little.
     */
    String format(long bits) {
        return switch (this) {
            case BOOLEAN -> bits != 0 ? "true" : "false";
            case FLOAT -> Float.intBitsToFloat((int) bits) + " (" + hex(bits) + ")";
            case DOUBLE -> Double.longBitsToDouble(bits) + " (" + hex(bits) + ")";
            default -> hex(bits);
        };
    }

    private String hex(long bits) {
        String digits = Long.toHexString(bits);
        return "0x" + "0".repeat(width / 4 - digits.length()) + digits;
    }
}
