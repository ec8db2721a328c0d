package io.jplr.replica;

import java.util.Set;
import javax.management.ConstructorParameters;

/**
 * One replica as JMX shows it (an item of {@link ReplicasMXBean#getReplicas()}). A class with getters and
 * an annotated constructor rather than a record: JDK 17's MXBean mapping does not know records, and this
 * way a JMX client with the jPLR classes gets a ReplicaInfo back while one without sees CompositeData.
 */
public final class ReplicaInfo {
    private static final Set<String> STATES = Set.of("STARTING", "RUNNING", "CATCHING_UP", "FAULTY", "EXITED");

    private final int index;
    private final int ordinal;
    private final String state;
    private final long pid;
    private final int cpu;
    private final String allowedCpus;
    private final long calls;
    private final long lag;

    /**
     * @param index       the replica's slot, 0 to N-1
     * @param ordinal     which replica of the run this is, counting replacements: slot 1's first replacement
     *                    in a run of 3 is ordinal 3
     * @param state       STARTING, RUNNING, CATCHING_UP, FAULTY or EXITED
     * @param cpu         the CPU the replica is pinned to, -1 if unpinned
     * @param allowedCpus the CPUs the replica may run on, as a Linux CPU list ("0-3,6")
     * @param lag         calls behind the most advanced replica
     */
    @ConstructorParameters({"index", "ordinal", "state", "pid", "cpu", "allowedCpus", "calls", "lag"})
    public ReplicaInfo(int index, int ordinal, String state, long pid, int cpu, String allowedCpus,
            long calls, long lag) {
        if (!STATES.contains(state)) {
            throw new IllegalArgumentException("unknown replica state " + state + ", expected one of " + STATES);
        }
        this.index = index;
        this.ordinal = ordinal;
        this.state = state;
        this.pid = pid;
        this.cpu = cpu;
        this.allowedCpus = allowedCpus;
        this.calls = calls;
        this.lag = lag;
    }

    public int getIndex() {
        return index;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getState() {
        return state;
    }

    public long getPid() {
        return pid;
    }

    public int getCpu() {
        return cpu;
    }

    public String getAllowedCpus() {
        return allowedCpus;
    }

    public long getCalls() {
        return calls;
    }

    public long getLag() {
        return lag;
    }
}
