package io.jplr.replica;

import java.util.Map;

/** The run as JMX shows it, under {@code io.jplr:type=Replicas}: read-only, a snapshot the master publishes. */
public interface ReplicasMXBean {
    /** Every replica slot, in slot order. */
    ReplicaInfo[] getReplicas();

    /** Divergences found so far: a replica whose call, exit, crash or hang did not match the majority. */
    long getDivergences();

    /** Faulty replicas replaced so far by a replica that rejoined. */
    long getRecoveries();

    /** CPU number to how many divergences happened on it: a core that keeps appearing is suspect. */
    Map<Integer, Long> getSuspectCores();

    /** Replicas whose votes count: running or catching up. */
    int getLiveReplicas();

    /** The redundancy mode of the run, such as DMR or TMR. */
    String getMode();
}
