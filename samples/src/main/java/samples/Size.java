package samples;

import java.util.Locale;
import java.util.Optional;

/** Problem size of a run. */
public enum Size {
    SMALL, LARGE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the exact command-line word ({@code small} or {@code large}). */
    public static Optional<Size> parse(String word) {
        for (Size size : values()) {
            if (size.word().equals(word)) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    /** Picks the value matching this size; keeps per-sample parameter tables compact. */
    public int pick(int small, int large) {
        return this == SMALL ? small : large;
    }
}
