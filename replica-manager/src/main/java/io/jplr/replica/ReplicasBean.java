package io.jplr.replica;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/**
 * The {@link ReplicasMXBean} the master publishes to. The master's loop is single-threaded and JMX reads
 * come from other threads, so the loop builds an immutable {@link Snapshot} and swaps it in whole: a reader
 * sees one consistent state, never a replica list from one moment and counts from another, and the loop
 * takes no lock.
 */
public final class ReplicasBean implements ReplicasMXBean {
    /** The name the bean is registered under. */
    public static final ObjectName NAME = objectName("io.jplr:type=Replicas");

    private volatile Snapshot snapshot;

    public ReplicasBean(Snapshot first) {
        this.snapshot = Objects.requireNonNull(first, "first");
    }

    /** What the bean shows from now on. */
    public void publish(Snapshot next) {
        snapshot = Objects.requireNonNull(next, "next");
    }

    /**
     * Registers the bean in the platform MBean server, replacing one left by an earlier run in this JVM.
     *
     * @throws IllegalStateException if the server refuses the bean
     */
    public void register() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            try {
                server.registerMBean(this, NAME);
            } catch (InstanceAlreadyExistsException earlierRun) {
                unregisterFrom(server);
                server.registerMBean(this, NAME);
            }
        } catch (JMException e) {
            throw new IllegalStateException("cannot register " + NAME + ": " + e, e);
        }
    }

    /** Removes the bean from the platform MBean server; nothing happens if it is not there. */
    public void unregister() {
        try {
            unregisterFrom(ManagementFactory.getPlatformMBeanServer());
        } catch (JMException e) {
            throw new IllegalStateException("cannot unregister " + NAME + ": " + e, e);
        }
    }

    private static void unregisterFrom(MBeanServer server) throws JMException {
        try {
            server.unregisterMBean(NAME);
        } catch (InstanceNotFoundException alreadyGone) {
            // Unregistered meanwhile: what we wanted.
        }
    }

    @Override
    public ReplicaInfo[] getReplicas() {
        return snapshot.replicas().toArray(new ReplicaInfo[0]);
    }

    @Override
    public long getDivergences() {
        return snapshot.divergences();
    }

    @Override
    public long getRecoveries() {
        return snapshot.recoveries();
    }

    @Override
    public Map<Integer, Long> getSuspectCores() {
        return snapshot.suspectCores();
    }

    @Override
    public int getLiveReplicas() {
        return snapshot.liveReplicas();
    }

    @Override
    public String getMode() {
        return snapshot.mode();
    }

    private static ObjectName objectName(String name) {
        try {
            return new ObjectName(name);
        } catch (MalformedObjectNameException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * The run at one moment. Copies what it is given, so the master may go on changing its own collections.
     *
     * @param replicas     every slot, in slot order
     * @param suspectCores CPU number to divergences seen on it; kept sorted by CPU
     */
    public record Snapshot(List<ReplicaInfo> replicas, long divergences, long recoveries,
            Map<Integer, Long> suspectCores, int liveReplicas, String mode) {
        public Snapshot {
            replicas = List.copyOf(replicas);
            suspectCores = Collections.unmodifiableMap(new TreeMap<>(suspectCores));
            Objects.requireNonNull(mode, "mode");
        }
    }
}
