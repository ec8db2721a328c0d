package samples;

import java.util.Locale;

/** MiBench category of a sample, plus {@code io} for the boundary-testing programs. */
public enum Category {
    AUTOMOTIVE, CONSUMER, NETWORK, OFFICE, SECURITY, TELECOMM, IO;

    /** The lower-case word printed by {@code list}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
