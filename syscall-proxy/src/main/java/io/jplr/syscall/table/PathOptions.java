package io.jplr.syscall.table;

/**
 * Open, copy and access options on the wire: a bit per constant of {@code StandardOpenOption},
 * {@code StandardCopyOption} or {@code AccessMode} (by ordinal; the JDK never reorders them), plus
 * {@link #NOFOLLOW_LINKS}.
 */
public final class PathOptions {
    public static final int NOFOLLOW_LINKS = 1 << 30;

    /** How {@code Call.PATH_ATTRIBUTES} treats a file it cannot read: the failure is thrown. */
    public static final int MISSING_FAILS = 0;
    /** A file that does not exist is answered as absent (readAttributesIfExists). */
    public static final int MISSING_IF_NO_SUCH_FILE = 1;
    /** Any failure is answered as absent (exists, isDirectory, isRegularFile: they never throw). */
    public static final int MISSING_IF_ANY_FAILURE = 2;

    private PathOptions() {
    }
}
