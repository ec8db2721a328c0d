package io.jplr.syscall.table;

/**
 * Which java.io class opens a file with {@link Call#FILE_OPEN}: the master opens it with the same class, so
 * the same failures arise with the same messages. The wire code is the ordinal: append only.
 */
public enum FileOpenKind {
    /** {@code FileInputStream}. */
    READ,
    /** {@code FileOutputStream}, truncating. */
    WRITE,
    /** {@code FileOutputStream}, appending. */
    APPEND,
    /** {@code RandomAccessFile}; the call carries the mode's bits (RandomAccessFile's O_RDONLY, O_RDWR...). */
    RANDOM_ACCESS;

    /** RandomAccessFile's mode bits, as its {@code open} receives them. */
    public static final int O_RDONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_SYNC = 4;
    public static final int O_DSYNC = 8;

    private static final FileOpenKind[] ALL = values();

    public static FileOpenKind byCode(int code) {
        return code >= 0 && code < ALL.length ? ALL[code] : null;
    }
}
