package io.jplr.faultinjector;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;

/**
 * Reads whether HotSpot has given an object its identity hash code, from the hash bits of its mark word (bits
 * 8 to 38 of the first word of an unlocked object, with the usual object headers).
 */
final class ObjectHeaders {
    private static final Object UNSAFE;
    private static final Method GET_LONG;

    static {
        try {
            Class<?> type = Class.forName("jdk.internal.misc.Unsafe");
            UNSAFE = type.getMethod("getUnsafe").invoke(null);
            GET_LONG = type.getMethod("getLong", Object.class, long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ObjectHeaders() {
    }

    /** Whether the mark word's layout is the one read here: not with JDK 24+'s compact object headers. */
    static boolean readable() {
        try {
            com.sun.management.HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(
                    com.sun.management.HotSpotDiagnosticMXBean.class);
            return !hotSpot.getVMOption("UseCompactObjectHeaders").getValue().equals("true");
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    static boolean hasIdentityHash(Object object) {
        try {
            long mark = (long) GET_LONG.invoke(UNSAFE, object, 0L);
            return (mark >>> 8 & 0x7fff_ffffL) != 0;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
