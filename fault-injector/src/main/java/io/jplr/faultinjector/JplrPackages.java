package io.jplr.faultinjector;

import java.util.List;

/**
 * jPLR's own packages: never the application, so never a fault's target. Named one by one rather than by the
 * {@code io.jplr} prefix, which a user's program (or jPLR's own test programs) may share.
 */
final class JplrPackages {
    private static final List<String> PACKAGES = List.of("io.jplr.agent.", "io.jplr.bootstrap.", "io.jplr.syscall.",
            "io.jplr.replica.", "io.jplr.faultinjector.", "io.jplr.sharedmemory.", "io.jplr.shaded.");

    private JplrPackages() {
    }

    /** Whether the class named {@code name} (binary name, or internal name with slashes) is jPLR's own. */
    static boolean contains(String name) {
        String binary = name.replace('/', '.');
        for (String prefix : PACKAGES) {
            if (binary.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
