package io.jplr.sharedmemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The master's mappings, by id. They stay mapped for the run, like a native mapping that is still referenced:
 * a replica's buffer is unmapped by its garbage collector, at a moment no two replicas agree on, so nothing
 * is unmapped on its behalf. Mapping the same region of the same open file the same way again gives the same
 * mapping, which keeps a program that maps one region repeatedly from piling mappings up.
 */
public final class MappingTable {
    /** The most mappings a run may make: each holds address space in the master until the end. */
    public static final int MAX_MAPPINGS = 1 << 16;

    private final List<MasterMapping> mappings = new ArrayList<>();
    private final Map<Key, MasterMapping> byRegion = new HashMap<>();

    /** What makes two maps the same mapping. */
    public record Key(int handle, MappingMode mode, long position, long size) {
    }

    /** The mapping already made for {@code key}, or null. */
    public synchronized MasterMapping existing(Key key) {
        return byRegion.get(key);
    }

    /** The id the next mapping gets. */
    public synchronized int nextId() {
        if (mappings.size() >= MAX_MAPPINGS) {
            throw new IllegalStateException("jPLR: the program mapped more than " + MAX_MAPPINGS
                    + " distinct file regions, more than jPLR keeps mapped for a run");
        }
        return mappings.size();
    }

    public synchronized void add(Key key, MasterMapping mapping) {
        if (mapping.id() != mappings.size()) {
            throw new IllegalArgumentException("mapping " + mapping.id() + " is not the next (" + mappings.size() + ")");
        }
        mappings.add(mapping);
        if (key != null) {
            byRegion.put(key, mapping);
        }
    }

    /** The mapping with this id; an id no mapping has (a replica may send garbage) fails the call. */
    public synchronized MasterMapping get(int id) {
        if (id < 0 || id >= mappings.size() || mappings.get(id) == null) {
            throw new IllegalArgumentException("no mapping " + id);
        }
        return mappings.get(id);
    }
}
