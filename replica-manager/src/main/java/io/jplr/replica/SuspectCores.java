package io.jplr.replica;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How often each CPU ran a replica that was found faulty. A defective core corrupts only what runs on it,
 * so a CPU that keeps turning up here is the likely culprit; one implication alone proves nothing.
 */
public final class SuspectCores {
    private final TreeMap<Integer, Long> counts = new TreeMap<>();

    /**
     * Implicates every CPU in a list such as "0-3,6": those a faulty replica was allowed to run on. An empty
     * list (what {@link CpuPlacement#allowedCpus} finds once the process is gone) implicates nothing.
     */
    public synchronized void implicate(String cpusAllowedList) {
        if (cpusAllowedList.isBlank()) {
            return;
        }
        for (int cpu : CpuPlacement.parseList(cpusAllowedList)) {
            counts.merge(cpu, 1L, Long::sum);
        }
    }

    /** Implications per CPU, ascending by CPU; a snapshot, since JMX threads read it while the master writes. */
    public synchronized Map<Integer, Long> counts() {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }
}
