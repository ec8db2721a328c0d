package io.jplr.syscall.table;

/**
 * What {@link Call#FILE_MUTATE} changes through a {@code java.io.File}. The wire code is the ordinal:
 * append only, never reorder. Permission changes carry their two booleans as bits of the argument.
 */
public enum FileMutation {
    CREATE_NEW, DELETE, MKDIR, RENAME, SET_LAST_MODIFIED, SET_READ_ONLY, SET_WRITABLE, SET_READABLE,
    SET_EXECUTABLE;

    /** Argument bit of the permission changes: grant (set) or revoke. */
    public static final long ENABLE = 1;
    /** Argument bit of the permission changes: the owner's permission only. */
    public static final long OWNER_ONLY = 2;

    private static final FileMutation[] ALL = values();

    public static FileMutation byCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
