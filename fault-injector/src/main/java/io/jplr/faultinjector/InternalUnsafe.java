package io.jplr.faultinjector;

import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Set;

/**
 * The two things the heap walk needs from {@code jdk.internal.misc.Unsafe}, which no public API offers:
 *
 * <ul>
 *   <li>whether a class is initialized: reading a static field initializes its class, and running an
 *       application's static initializer from a jPLR thread, at a moment of the injector's choosing, would
 *       change the program far more than one bit;</li>
 *   <li>where an object is now, as a hash for an identity set: {@code System.identityHashCode} would give the
 *       application's objects hash codes drawn from the jPLR thread's generator, so after an injection every
 *       identity hash code (enum keys of a {@code HashMap}...) could differ from the other replicas', a
 *       divergence the flipped bit did not cause.</li>
 * </ul>
 *
 * <p>The internal {@code Unsafe} rather than {@code sun.misc.Unsafe}: the latter warns on standard error from
 * JDK 24 on, which would be output only the faulty replica writes. java.base exports its package to this
 * module alone, through the instrumentation, unless the JVM was started with that export.
 */
final class InternalUnsafe {
    private static final String PACKAGE = "jdk.internal.misc";

    private final MethodHandle shouldBeInitialized;
    private final MethodHandle getInt;
    private final MethodHandle getLong;
    private final MethodHandle getByteAtAddress;
    private final long objectArrayBase;
    private final boolean compressedReferences;

    private InternalUnsafe(MethodHandle shouldBeInitialized, MethodHandle getInt, MethodHandle getLong,
            MethodHandle getByteAtAddress, long objectArrayBase, boolean compressedReferences) {
        this.shouldBeInitialized = shouldBeInitialized;
        this.getInt = getInt;
        this.getLong = getLong;
        this.getByteAtAddress = getByteAtAddress;
        this.objectArrayBase = objectArrayBase;
        this.compressedReferences = compressedReferences;
    }

    /** Exports the package to this module if need be; fails with a reason when the JDK refuses. */
    static InternalUnsafe obtain(Instrumentation instrumentation) {
        Module base = Object.class.getModule();
        Module self = InternalUnsafe.class.getModule();
        if (!base.isExported(PACKAGE, self)) {
            try {
                instrumentation.redefineModule(base, Set.of(), Map.of(PACKAGE, Set.of(self)), Map.of(), Set.of(),
                        Map.of());
            } catch (RuntimeException e) {
                throw new IllegalStateException("java.base does not export " + PACKAGE + " to jPLR: " + e, e);
            }
        }
        try {
            Class<?> type = Class.forName(PACKAGE + ".Unsafe");
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Object unsafe = lookup.findStatic(type, "getUnsafe", MethodType.methodType(type)).invoke();
            MethodHandle shouldBeInitialized = lookup.findVirtual(type, "shouldBeInitialized",
                    MethodType.methodType(boolean.class, Class.class)).bindTo(unsafe);
            MethodHandle getInt = lookup.findVirtual(type, "getInt",
                    MethodType.methodType(int.class, Object.class, long.class)).bindTo(unsafe);
            MethodHandle getLong = lookup.findVirtual(type, "getLong",
                    MethodType.methodType(long.class, Object.class, long.class)).bindTo(unsafe);
            MethodHandle getByteAtAddress = lookup.findVirtual(type, "getByte",
                    MethodType.methodType(byte.class, long.class)).bindTo(unsafe);
            // An int on JDK 17, a long on JDK 25.
            long objectArrayBase = ((Number) type.getField("ARRAY_OBJECT_BASE_OFFSET").get(null)).longValue();
            int scale = ((Number) type.getField("ARRAY_OBJECT_INDEX_SCALE").get(null)).intValue();
            return new InternalUnsafe(shouldBeInitialized, getInt, getLong, getByteAtAddress, objectArrayBase,
                    scale == Integer.BYTES);
        } catch (Throwable e) {
            if (e instanceof Error error && !(e instanceof LinkageError)) {
                throw error;
            }
            throw new IllegalStateException("cannot use " + PACKAGE + ".Unsafe on this JDK: " + e, e);
        }
    }

    /** Reads address 0: the JVM dies of SIGSEGV, as from a wild pointer, and writes its error file. */
    void readAddressZero() {
        try {
            byte ignored = (byte) getByteAtAddress.invokeExact(0L);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code type}'s static initializer has completed (false while it runs, or after it failed). */
    boolean isInitialized(Class<?> type) {
        try {
            return !(boolean) shouldBeInitialized.invokeExact(type);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The reference {@code holder[0]} holds as the JVM stores it (a compressed or full address, with a
     * collector's colour bits): it changes when the collector moves the object, so it is only a hash.
     */
    long addressOf(Object[] holder) {
        try {
            return compressedReferences
                    ? (int) getInt.invokeExact((Object) holder, objectArrayBase) & 0xffff_ffffL
                    : (long) getLong.invokeExact((Object) holder, objectArrayBase);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
