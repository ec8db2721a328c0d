package io.jplr.sharedmemory;

import java.nio.channels.FileChannel.MapMode;

/** The mapping modes jPLR replicates, with their wire codes. */
public enum MappingMode {
    /** Shared, read only: every read is the master's, so it sees what other processes write meanwhile. */
    READ_ONLY(0, MapMode.READ_ONLY),
    /** Shared, read and write: reads are the master's, writes are voted and performed by the master. */
    READ_WRITE(1, MapMode.READ_WRITE),
    /** Copy-on-write: every replica maps its own copy of the region as it was when it was mapped. */
    PRIVATE(2, MapMode.PRIVATE);

    private final int code;
    private final MapMode mapMode;

    MappingMode(int code, MapMode mapMode) {
        this.code = code;
        this.mapMode = mapMode;
    }

    public int code() {
        return code;
    }

    public MapMode mapMode() {
        return mapMode;
    }

    /**
     * The mode for {@code mode}; the JDK's synchronous modes (non-volatile memory, {@code ExtendedMapMode}) are
     * refused with a message that names them.
     */
    public static MappingMode of(MapMode mode) {
        if (mode == null) {
            throw new NullPointerException("Mode is null");
        }
        for (MappingMode candidate : values()) {
            if (candidate.mapMode == mode) {
                return candidate;
            }
        }
        throw new UnsupportedOperationException("jPLR: FileChannel.map with MapMode " + mode
                + " (a synchronous mapping of non-volatile memory) is not replicated");
    }

    /** The mode with this wire code, or null for a code none has (a replica may send garbage). */
    public static MappingMode byCode(int code) {
        for (MappingMode candidate : values()) {
            if (candidate.code == code) {
                return candidate;
            }
        }
        return null;
    }
}
