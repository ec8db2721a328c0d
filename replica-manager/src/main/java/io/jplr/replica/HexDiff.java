package io.jplr.replica;

import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where two payloads differ, described in bounded space for the report: a diverging write may be megabytes,
 * and what the reader needs is the offset, how much differs, and the bytes around the first difference.
 */
public final class HexDiff {
    private static final HexFormat HEX = HexFormat.of();

    private HexDiff() {
    }

    /**
     * The difference as a report value: "expectedLength", "actualLength", "firstDifference" (offset, -1 if
     * the arrays are equal), "differingBytes" (differing positions in the common length plus the length
     * difference), "windowOffset", and "expected"/"actual": lowercase hex of at most {@code window} bytes of
     * each from windowOffset, which is a quarter window before the first difference so that the context
     * leading up to it shows too. Equal arrays have empty windows at offset 0.
     */
    public static Map<String, Object> of(byte[] expected, byte[] actual, int window) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        if (window < 0) {
            throw new IllegalArgumentException("negative window: " + window);
        }
        int common = Math.min(expected.length, actual.length);
        int first = -1;
        int differing = Math.abs(expected.length - actual.length);
        for (int i = 0; i < common; i++) {
            if (expected[i] != actual[i]) {
                differing++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first < 0 && expected.length != actual.length) {
            first = common;
        }
        int windowOffset = first < 0 ? 0 : Math.max(0, first - window / 4);
        Map<String, Object> diff = new LinkedHashMap<>();
        diff.put("expectedLength", expected.length);
        diff.put("actualLength", actual.length);
        diff.put("firstDifference", first);
        diff.put("differingBytes", differing);
        diff.put("windowOffset", windowOffset);
        diff.put("expected", first < 0 ? "" : hex(expected, windowOffset, window));
        diff.put("actual", first < 0 ? "" : hex(actual, windowOffset, window));
        return Collections.unmodifiableMap(diff);
    }

    private static String hex(byte[] bytes, int from, int window) {
        int start = Math.min(from, bytes.length);
        return HEX.formatHex(bytes, start, (int) Math.min(bytes.length, (long) start + window));
    }
}
