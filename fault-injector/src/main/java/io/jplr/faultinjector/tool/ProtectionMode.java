package io.jplr.faultinjector.tool;

import java.util.Locale;
import java.util.Optional;

/** How a campaign runs its sample: unprotected ({@code off}, the baseline) or replicated by jPLR. */
enum ProtectionMode {
    OFF(1, 1),
    DMR(2, 3),
    TMR(3, 4);

    private final int replicas;
    private final int jvmsPerRun;

    ProtectionMode(int replicas, int jvmsPerRun) {
        this.replicas = replicas;
        this.jvmsPerRun = jvmsPerRun;
    }

    /** The replica slots a fault can be injected into; {@code off} has one, the JVM itself. */
    int replicas() {
        return replicas;
    }

    /** The JVMs one run keeps busy (the master and its replicas), which bounds how many runs fit the CPUs. */
    int jvmsPerRun() {
        return jvmsPerRun;
    }

    boolean isProtected() {
        return this != OFF;
    }

    /** As {@code plr.mode} and the summaries spell it: {@code off}, {@code DMR}, {@code TMR}. */
    String word() {
        return this == OFF ? "off" : name();
    }

    static Optional<ProtectionMode> ofWord(String word) {
        for (ProtectionMode mode : values()) {
            if (mode.name().equals(word.toUpperCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word();
    }
}
