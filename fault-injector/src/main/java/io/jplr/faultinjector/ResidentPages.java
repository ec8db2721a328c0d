package io.jplr.faultinjector;

import java.io.IOException;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Chooses a page uniformly among a process's resident private writable pages: a mapping weighted by its
 * resident size, then one of its present pages. A flip must land on a resident page, as an upset hits a
 * cell that holds something: writing to a page the process never touched would have the kernel allocate one
 * for the flip.
 */
final class ResidentPages {
    /** Random probes of a mapping before counting its present pages: most mappings are mostly resident. */
    private static final int PROBES = 16;
    /** Mappings drawn before giving up: their resident sizes may have gone stale since smaps was read. */
    private static final int DRAWS = 16;

    /** A chosen page and the mapping it is in. */
    record Page(long address, MemoryMap mapping) {
    }

    private final List<SmapsEntry> mappings;
    /** The resident bytes of each mapping and all before it. */
    private final long[] residentEnds;
    private final PageMap pageMap;
    private final long pageSize;

    ResidentPages(List<SmapsEntry> mappings, PageMap pageMap, long pageSize) {
        this.mappings = List.copyOf(mappings);
        this.pageMap = pageMap;
        this.pageSize = pageSize;
        residentEnds = new long[mappings.size()];
        long total = 0;
        for (int i = 0; i < residentEnds.length; i++) {
            total += mappings.get(i).residentBytes();
            residentEnds[i] = total;
        }
    }

    /** The base page size: the smallest KernelPageSize of any mapping (huge page mappings have larger). */
    static long pageSize(List<SmapsEntry> entries) {
        long size = Long.MAX_VALUE;
        for (SmapsEntry entry : entries) {
            if (entry.kernelPageBytes() > 0) {
                size = Math.min(size, entry.kernelPageBytes());
            }
        }
        return size == Long.MAX_VALUE ? 4096 : size;
    }

    long pageSize() {
        return pageSize;
    }

    Page choose(RandomGenerator random) throws IOException {
        for (int draw = 0; draw < DRAWS; draw++) {
            MemoryMap mapping = mappings.get(weighted(random.nextLong(residentEnds[residentEnds.length - 1]))).map();
            long page = presentPage(mapping, random);
            if (page >= 0) {
                return new Page(page, mapping);
            }
        }
        throw new IOException("found no resident page in " + DRAWS + " mappings that had some");
    }

    /**
     * Rejection sampling while it is cheap, then an exact count: either way every present page of the mapping
     * is equally likely. -1 if none is present any more.
     */
    private long presentPage(MemoryMap mapping, RandomGenerator random) throws IOException {
        long pages = mapping.size() / pageSize;
        if (pages == 0) {
            return -1;
        }
        for (int probe = 0; probe < PROBES; probe++) {
            long page = mapping.start() + random.nextLong(pages) * pageSize;
            if (pageMap.isPresent(page)) {
                return page;
            }
        }
        long present = pageMap.countPresent(mapping.start(), mapping.end());
        return present == 0 ? -1 : pageMap.presentPage(mapping.start(), mapping.end(), random.nextLong(present));
    }

    /** The mapping whose resident bytes hold the {@code byteNumber}-th resident byte. */
    private int weighted(long byteNumber) {
        int low = 0;
        int high = residentEnds.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (residentEnds[middle] > byteNumber) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
