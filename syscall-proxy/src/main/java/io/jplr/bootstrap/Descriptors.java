package io.jplr.bootstrap;

import java.io.FileDescriptor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * File descriptors of files the master holds open for the application. The replica's {@code FileDescriptor}
 * carries a virtual number: the master's handle plus {@link #VIRTUAL_BASE}, far above any descriptor the
 * kernel hands out, so a native call that was not routed to the master fails with EBADF instead of touching
 * a file of the replica's own.
 */
public final class Descriptors {
    /** Above RLIMIT_NOFILE's hard ceiling (2^20 on Linux). */
    public static final int VIRTUAL_BASE = 1 << 30;

    /**
     * FileDescriptor's private fd; null where java.io is not open to jPLR (outside a replica, whose setup
     * opens it): there, no descriptor is ever virtual.
     */
    private static final VarHandle FD = fdField();

    private static VarHandle fdField() {
        try {
            return MethodHandles.privateLookupIn(FileDescriptor.class, MethodHandles.lookup())
                    .findVarHandle(FileDescriptor.class, "fd", int.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private Descriptors() {
    }

    public static boolean isVirtual(FileDescriptor fd) {
        return fd != null && FD != null && (int) FD.getVolatile(fd) >= VIRTUAL_BASE;
    }

    /** The master's handle behind a virtual descriptor, or -1 once it was closed. */
    public static int handle(FileDescriptor fd) {
        if (FD == null) {
            return -1;
        }
        int value = (int) FD.getVolatile(fd);
        return value >= VIRTUAL_BASE ? value - VIRTUAL_BASE : -1;
    }

    static void bind(FileDescriptor fd, int handle) {
        if (FD == null) {
            throw new IllegalStateException("jPLR: java.io is not open to the boundary");
        }
        FD.setVolatile(fd, VIRTUAL_BASE + handle);
    }

    static void unbind(FileDescriptor fd) {
        if (FD != null) {
            FD.setVolatile(fd, -1);
        }
    }
}
