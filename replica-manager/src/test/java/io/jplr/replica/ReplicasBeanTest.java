package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplicasBeanTest {
    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    private static ReplicasBean.Snapshot tmr(long divergences, Map<Integer, Long> suspectCores) {
        return new ReplicasBean.Snapshot(List.of(
                new ReplicaInfo(0, 0, "RUNNING", 101, 2, "2", 1000, 0),
                new ReplicaInfo(1, 3, "CATCHING_UP", 104, -1, "0-3", 400, 600),
                new ReplicaInfo(2, 2, "FAULTY", 103, 3, "3", 999, 1)), divergences, 1, suspectCores, 2, "TMR");
    }

    @AfterEach
    void unregister() {
        new ReplicasBean(tmr(0, Map.of())).unregister();
    }

    @Test
    void attributesReadThroughTheMBeanServerAreOpenData() throws Exception {
        ReplicasBean bean = new ReplicasBean(tmr(0, Map.of()));
        bean.register();
        bean.publish(tmr(2, Map.of(3, 2L, 1, 1L)));

        assertEquals(2L, server.getAttribute(ReplicasBean.NAME, "Divergences"));
        assertEquals(1L, server.getAttribute(ReplicasBean.NAME, "Recoveries"));
        assertEquals(2, server.getAttribute(ReplicasBean.NAME, "LiveReplicas"));
        assertEquals("TMR", server.getAttribute(ReplicasBean.NAME, "Mode"));

        CompositeData[] replicas = (CompositeData[]) server.getAttribute(ReplicasBean.NAME, "Replicas");
        assertEquals(3, replicas.length);
        CompositeData second = replicas[1];
        assertEquals(1, second.get("index"));
        assertEquals(3, second.get("ordinal"));
        assertEquals("CATCHING_UP", second.get("state"));
        assertEquals(104L, second.get("pid"));
        assertEquals(-1, second.get("cpu"));
        assertEquals("0-3", second.get("allowedCpus"));
        assertEquals(400L, second.get("calls"));
        assertEquals(600L, second.get("lag"));

        TabularData cores = (TabularData) server.getAttribute(ReplicasBean.NAME, "SuspectCores");
        assertEquals(2, cores.size());
        assertEquals(2L, cores.get(new Object[] {3}).get("value"));
        assertEquals(1L, cores.get(new Object[] {1}).get("value"));
    }

    @Test
    void aProxyGetsTheJavaTypesBack() {
        ReplicasBean bean = new ReplicasBean(tmr(1, Map.of(3, 1L)));
        bean.register();
        ReplicasMXBean proxy = JMX.newMXBeanProxy(server, ReplicasBean.NAME, ReplicasMXBean.class);

        ReplicaInfo[] replicas = proxy.getReplicas();
        assertEquals(3, replicas.length);
        ReplicaInfo faulty = replicas[2];
        assertEquals(2, faulty.getIndex());
        assertEquals(2, faulty.getOrdinal());
        assertEquals("FAULTY", faulty.getState());
        assertEquals(103L, faulty.getPid());
        assertEquals(3, faulty.getCpu());
        assertEquals("3", faulty.getAllowedCpus());
        assertEquals(999L, faulty.getCalls());
        assertEquals(1L, faulty.getLag());
        assertEquals(Map.of(3, 1L), proxy.getSuspectCores());
        assertEquals(1L, proxy.getDivergences());

        bean.publish(tmr(5, Map.of()));
        assertEquals(5L, proxy.getDivergences(), "the proxy reads the published snapshot");
        assertEquals(Map.of(), proxy.getSuspectCores());
    }

    @Test
    void registeringAgainReplacesTheEarlierRunsBean() throws Exception {
        new ReplicasBean(tmr(7, Map.of())).register();
        new ReplicasBean(tmr(8, Map.of())).register();
        assertEquals(8L, server.getAttribute(ReplicasBean.NAME, "Divergences"));
    }

    @Test
    void unregisterRemovesTheBeanAndMayBeRepeated() {
        ReplicasBean bean = new ReplicasBean(tmr(0, Map.of()));
        bean.register();
        assertTrue(server.isRegistered(ReplicasBean.NAME));
        bean.unregister();
        assertFalse(server.isRegistered(ReplicasBean.NAME));
        bean.unregister();
    }

    @Test
    void aSnapshotIsNotChangedByTheCollectionsItWasMadeFrom() {
        Map<Integer, Long> cores = new HashMap<>(Map.of(1, 1L));
        ReplicasBean bean = new ReplicasBean(tmr(1, cores));
        cores.put(2, 5L);
        assertEquals(Map.of(1, 1L), bean.getSuspectCores());
        bean.getReplicas()[0] = null;
        assertEquals(0, bean.getReplicas()[0].getIndex(), "each call returns a fresh array");
    }

    @Test
    void anUnknownStateIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ReplicaInfo(0, 0, "ZOMBIE", 1, -1, "0", 0, 0));
    }
}
