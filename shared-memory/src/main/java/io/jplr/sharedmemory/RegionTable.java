package io.jplr.sharedmemory;

import java.util.Arrays;

/**
 * The replica's regions. Every direct memory access of the JVM asks {@link #mayContain} first, so that test
 * is two comparisons against the span of all regions; only an address inside the span is looked up. Regions
 * are never removed: the master keeps its mappings for the run, and a stand-in freed while the table still
 * named it could be reused by the JVM for memory of its own.
 */
public final class RegionTable {
    private volatile Region[] regions = new Region[0];
    private volatile long lowest = Long.MAX_VALUE;
    private volatile long highest = Long.MIN_VALUE;

    /** Whether {@code address} may be in a region: false for every address outside the regions' span. */
    public boolean mayContain(long address) {
        return address >= lowest && address < highest;
    }

    /** The region holding {@code address}, or null. */
    public Region find(long address) {
        for (Region region : regions) {
            if (region.contains(address)) {
                return region;
            }
        }
        return null;
    }

    public synchronized void add(Region region) {
        Region[] grown = Arrays.copyOf(regions, regions.length + 1);
        grown[regions.length] = region;
        regions = grown;
        lowest = Math.min(lowest, region.address());
        highest = Math.max(highest, region.address() + region.size());
    }

}
