package io.jplr.agent;

import java.util.Locale;

/** How many replicas a run has and how they vote. */
public enum Mode {
    /** The agent is attached but does nothing: the application runs natively. */
    OFF,
    /** Dual modular redundancy: two replicas, every call must agree. */
    DMR,
    /** Triple (or N-) modular redundancy: an odd number of replicas, a majority decides. */
    TMR;

    static Mode parse(String value) {
        for (Mode mode : values()) {
            if (mode.name().equals(value.toUpperCase(Locale.ROOT))) {
                return mode;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return this == OFF ? "off" : name();
    }
}
