package io.jplr.agent.replica;

import io.jplr.bootstrap.Boundary;
import io.jplr.faultinjector.FaultInjection;
import io.jplr.faultinjector.ReplicaInjections;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.ServiceThreads;
import java.util.Optional;

/**
 * Ends this replica when its master is gone (killed, crashed): a replica must never outlive its master.
 * Checks every 200 ms, so a replica is gone well within a second of its master. Each check is also a beat of
 * the replica's heartbeat, by which the master tells a live JVM from a stopped or wedged one.
 */
final class MasterWatchdog {
    private static final long PERIOD_MILLIS = 200;
    private static final int ORPHANED = 137;

    private MasterWatchdog() {
    }

    /**
     * Starts watching. The first check runs on the calling thread, so the watchdog thread loads no class
     * later, while the application runs: class loading in parallel with the application contends on the
     * JDK's concurrent maps, which changes the application thread's random state.
     */
    static void start(long masterPid, Channel channel, ReplicaInjections injections) {
        ProcessHandle self = ProcessHandle.current();
        if (!masterAlive(self, masterPid)) {
            orphaned();
        }
        channel.beat();
        if (injections != null) {
            injections.serve();
        }
        // With fault injection, requests are looked for more often than the heart beats.
        long period = injections == null ? PERIOD_MILLIS : FaultInjection.replicaPollMillis();
        ServiceThreads.create("jplr-watchdog", true, new Runnable() {
            @Override
            public void run() {
                // Its ProcessHandle.parent() must be the replica's real one, not the master's parent, which a
                // program's is.
                Boundary.exemptCallingThread();
                watch(self, masterPid, channel, injections, period);
            }
        }).start();
    }

    private static void watch(ProcessHandle self, long masterPid, Channel channel, ReplicaInjections injections,
            long period) {
        while (masterAlive(self, masterPid)) {
            channel.beat();
            if (injections != null) {
                injections.serve();
            }
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
        }
        orphaned();
    }

    /** The kernel reparents a replica the moment its master exits, even before anyone reaps the master. */
    private static boolean masterAlive(ProcessHandle self, long masterPid) {
        Optional<ProcessHandle> parent = self.parent();
        return parent.isPresent() && parent.get().pid() == masterPid;
    }

    /** Ends this replica at once: its master is gone. */
    static void orphaned() {
        // Nothing may go to a master that is gone, and no shutdown hook may run on its behalf.
        Boundary.detach();
        Runtime.getRuntime().halt(ORPHANED);
    }
}
