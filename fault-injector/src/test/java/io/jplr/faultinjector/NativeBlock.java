package io.jplr.faultinjector;

import java.lang.reflect.Method;

/**
 * Native memory at a known address, through jdk.internal.misc.Unsafe (exported to the tests by the surefire
 * configuration, and to {@link MemoryPatternChild} on its command line): what a targeted flip aims at.
 */
final class NativeBlock {
    private static final Object UNSAFE;
    private static final Method ALLOCATE;
    private static final Method GET_BYTE;
    private static final Method PUT_BYTE;

    static {
        try {
            Class<?> type = Class.forName("jdk.internal.misc.Unsafe");
            UNSAFE = type.getMethod("getUnsafe").invoke(null);
            ALLOCATE = type.getMethod("allocateMemory", long.class);
            GET_BYTE = type.getMethod("getByte", long.class);
            PUT_BYTE = type.getMethod("putByte", long.class, byte.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long address;
    private final int size;

    private NativeBlock(long address, int size) {
        this.address = address;
        this.size = size;
    }

    /** A block of {@code size} bytes, each {@code fill}: written, so its pages are resident. Never freed. */
    static NativeBlock filled(int size, byte fill) {
        NativeBlock block = untouched(size);
        for (int i = 0; i < size; i++) {
            block.put(i, fill);
        }
        return block;
    }

    /**
     * A block of {@code size} bytes never written: a large one is mapped afresh by malloc, so its pages are not
     * resident until touched. Never freed.
     */
    static NativeBlock untouched(int size) {
        try {
            return new NativeBlock((long) ALLOCATE.invoke(UNSAFE, (long) size), size);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    long address() {
        return address;
    }

    int size() {
        return size;
    }

    byte get(int offset) {
        try {
            return (byte) GET_BYTE.invoke(UNSAFE, address + offset);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    void put(int offset, byte value) {
        try {
            PUT_BYTE.invoke(UNSAFE, address + offset, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of bits that differ from {@code fill} across the block. */
    int bitsDifferingFrom(byte fill) {
        int bits = 0;
        for (int i = 0; i < size; i++) {
            bits += Integer.bitCount((get(i) ^ fill) & 0xff);
        }
        return bits;
    }
}
