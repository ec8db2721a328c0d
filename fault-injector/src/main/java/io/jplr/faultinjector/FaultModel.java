package io.jplr.faultinjector;

import java.util.Locale;
import java.util.Optional;

/** What a fault does to a replica. The codes travel in the channel's injection block. */
public enum FaultModel {
    HEAP(1),
    REGISTER(2),
    MEMORY(3),
    OUTPUT(4),
    CRASH(5),
    HANG(6),
    SLOW(7);

    private final int code;

    FaultModel(int code) {
        this.code = code;
    }

    public int code() {
        return code;
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
