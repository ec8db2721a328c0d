package io.jplr.syscall.table;

/**
 * What {@link Call#FILE_QUERY} asks about a {@code java.io.File}. The wire code is the ordinal: append
 * only, never reorder.
 */
public enum FileQuery {
    EXISTS, IS_FILE, IS_DIRECTORY, IS_HIDDEN, LAST_MODIFIED, LENGTH, CAN_READ, CAN_WRITE, CAN_EXECUTE,
    TOTAL_SPACE, FREE_SPACE, USABLE_SPACE, CANONICAL_PATH;

    private static final FileQuery[] ALL = values();

    /** The query with this wire code, or null for a code no query has. */
    public static FileQuery byCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
