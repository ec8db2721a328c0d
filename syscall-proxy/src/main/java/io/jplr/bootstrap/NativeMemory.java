package io.jplr.bootstrap;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.Buffer;

/**
 * What copy-and-execute needs from {@code jdk.internal.misc.Unsafe}: a buffer's address, and copies between
 * a byte array and the other side of an access (a heap array or native memory, named as the JDK's
 * {@code ScopedMemoryAccess} names it: a base object and an offset). The internal {@code Unsafe}, not
 * {@code sun.misc.Unsafe}, which warns on standard error from JDK 24 on; java.base exports its package to the
 * bootstrap classes ({@code ReplicaRole.openModules}).
 */
final class NativeMemory {
    private static final MethodHandle COPY;
    private static final MethodHandle GET_LONG;
    private static final long ADDRESS;
    private static final long BYTE_ARRAY_BASE;

    static {
        try {
            Class<?> type = Class.forName("jdk.internal.misc.Unsafe");
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Object unsafe = lookup.findStatic(type, "getUnsafe", MethodType.methodType(type)).invoke();
            COPY = lookup.findVirtual(type, "copyMemory", MethodType.methodType(void.class, Object.class, long.class,
                    Object.class, long.class, long.class)).bindTo(unsafe);
            GET_LONG = lookup.findVirtual(type, "getLong", MethodType.methodType(long.class, Object.class,
                    long.class)).bindTo(unsafe);
            ADDRESS = (long) lookup.findVirtual(type, "objectFieldOffset", MethodType.methodType(long.class,
                    Class.class, String.class)).invoke(unsafe, Buffer.class, "address");
            BYTE_ARRAY_BASE = ((Number) type.getField("ARRAY_BYTE_BASE_OFFSET").get(null)).longValue();
        } catch (Throwable e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private NativeMemory() {
    }

    /** The address of a direct buffer's first byte. */
    static long address(Buffer buffer) {
        try {
            return (long) GET_LONG.invokeExact((Object) buffer, ADDRESS);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    /** {@code length} bytes from (base, offset) into a new array. */
    static byte[] read(Object base, long offset, int length) {
        byte[] bytes = new byte[length];
        try {
            COPY.invokeExact(base, offset, (Object) bytes, BYTE_ARRAY_BASE, (long) length);
        } catch (Throwable e) {
            throw rethrow(e);
        }
        return bytes;
    }

    /** The bytes to (base, offset). */
    static void write(byte[] bytes, Object base, long offset) {
        try {
            COPY.invokeExact((Object) bytes, BYTE_ARRAY_BASE, base, offset, (long) bytes.length);
        } catch (Throwable e) {
            throw rethrow(e);
        }
    }

    private static RuntimeException rethrow(Throwable e) {
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(e);
    }
}
