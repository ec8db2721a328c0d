package io.jplr.faultinjector;

import java.util.Locale;
import java.util.Optional;

/**
 * What a fault does to a replica. The codes travel in the channel's injection block; {@link #AT_BRANCH} added to
 * a code means "when the replica executes the given backward branch" instead of "now".
 */
public enum FaultModel {
    HEAP(1),
    REGISTER(2),
    MEMORY(3),
    OUTPUT(4),
    CRASH(5),
    HANG(6),
    SLOW(7);

    /** Added to a model's code: the fault strikes at a backward branch (the request's argument). */
    public static final int AT_BRANCH = 0x100;

    private final int code;

    FaultModel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /**
     * Whether the fault can strike at a given backward branch: the point of a campaign's injection is then
     * uniform over the application's execution, and reproducible. A memory fault, injected from outside the
     * replica, strikes as soon as the replica has published a count past the branch (it does every 20 ms).
     */
    public boolean strikesAtBranch() {
        return this != SLOW;
    }

    /** The word used on command lines and in reports: {@code heap}, {@code register}... */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FaultModel> ofCode(int code) {
        for (FaultModel model : values()) {
            if (model.code == code) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }

    public static Optional<FaultModel> ofWord(String word) {
        for (FaultModel model : values()) {
            if (model.word().equals(word)) {
                return Optional.of(model);
            }
        }
        return Optional.empty();
    }
}
