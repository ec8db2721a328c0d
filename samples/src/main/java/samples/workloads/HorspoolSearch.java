package samples.workloads;

import java.util.Arrays;

/**
 * Pratt-Boyer-Moore-Horspool search for one pattern, after MiBench's pbmsrch.c
 * ({@code init_search} builds the skip table, {@code strsearch} scans).
 */
final class HorspoolSearch {

    private final byte[] pattern;
    /** How far the window may move when its last byte is the index; 0 means "matches the last byte". */
    private final int[] skip = new int[256];

    HorspoolSearch(byte[] pattern) {
        if (pattern.length == 0) {
            throw new IllegalArgumentException("empty pattern");
        }
        this.pattern = pattern.clone();
        Arrays.fill(skip, pattern.length);
        for (int i = 0; i < pattern.length; i++) {
            skip[pattern[i] & 0xFF] = pattern.length - i - 1;
        }
    }

    /** First index at or after {@code from} where the pattern starts, or -1. */
    int indexOf(byte[] text, int from) {
        int len = pattern.length;
        int pos = from + len - 1;
        while (pos < text.length) {
            int shift;
            while ((shift = skip[text[pos] & 0xFF]) > 0) {
                pos += shift;
                if (pos >= text.length) {
                    return -1;
                }
            }
            // The last byte matches: compare the whole window.
            int start = pos - len + 1;
            if (Arrays.equals(pattern, 0, len, text, start, start + len)) {
                return start;
            }
            pos++;
        }
        return -1;
    }
}
