package io.jplr.sharedmemory;

/**
 * A replica's stand-in for one mapping: {@code size} bytes of address space at {@code address} that the
 * replica never touches (they fault if anything does); an access there is an access to the master's mapping
 * {@code mapping} at the same offset.
 */
public record Region(int mapping, long address, long size) {
    public Region {
        if (size <= 0 || address == 0) {
            throw new IllegalArgumentException("empty region " + address + "+" + size);
        }
    }

    public boolean contains(long at) {
        return at >= address && at - address < size;
    }

    /** The offset in the mapping of the byte at {@code at}, which this region contains. */
    public long offsetOf(long at) {
        return at - address;
    }
}
