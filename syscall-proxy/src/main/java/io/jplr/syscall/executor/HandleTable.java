package io.jplr.syscall.executor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the master holds open on the replicas' behalf (files, locks, processes), by handle. Handles are
 * small positive numbers, never reused during a run, handed out in the order of the calls that opened them:
 * every replica receives the same handle for the same open.
 */
final class HandleTable<T> {
    private final String kind;
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentHashMap<Integer, T> open = new ConcurrentHashMap<>();

    HandleTable(String kind) {
        this.kind = kind;
    }

    int add(T value) {
        int handle = next.incrementAndGet();
        open.put(handle, value);
        return handle;
    }

    /** The value behind a handle; an unknown handle (closed, or garbage) fails like a closed stream. */
    T get(int handle) throws IOException {
        T value = open.get(handle);
        if (value == null) {
            throw new IOException("Stream Closed");
        }
        return value;
    }

    /** The value behind a handle, or null. */
    T find(int handle) {
        return open.get(handle);
    }

    T remove(int handle) {
        return open.remove(handle);
    }

    List<T> all() {
        return new ArrayList<>(open.values());
    }

    @Override
    public String toString() {
        return open.size() + " open " + kind;
    }
}
