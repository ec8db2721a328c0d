package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultInjectorMXBean;
import java.lang.management.ManagementFactory;
import javax.management.ObjectName;

/**
 * A stand-in for a job's master, run as a separate JVM by {@link JobConnectionTest}: it registers a
 * FaultInjector bean after a delay (or never), can start a child process as a master starts replicas, and
 * answers injections by printing them.
 *
 * <p>Arguments: the delay before the bean is registered in ms (negative: never), how long to live in ms, and
 * optionally {@code child} to start a long {@code sleep} child.
 */
public final class FakeMasterMain {
    private FakeMasterMain() {
    }

    public static void main(String[] args) throws Exception {
        long beanDelay = Long.parseLong(args[0]);
        long life = Long.parseLong(args[1]);
        if (args.length > 2 && args[2].equals("child")) {
            new ProcessBuilder("sleep", "120").inheritIO().start();
        }
        long start = System.currentTimeMillis();
        if (beanDelay >= 0) {
            Thread.sleep(beanDelay);
            ManagementFactory.getPlatformMBeanServer().registerMBean(new Injector(),
                    new ObjectName(FaultInjectorMXBean.OBJECT_NAME));
        }
        Thread.sleep(Math.max(0, life - (System.currentTimeMillis() - start)));
    }

    /** Records nothing but what it prints: the test reads the description it returns. */
    public static final class Injector implements FaultInjectorMXBean {
        private long seed;

        @Override
        public int getReplicas() {
            return 3;
        }

        @Override
        public String getMode() {
            return "TMR";
        }

        @Override
        public long getSeed() {
            return seed;
        }

        @Override
        public void setSeed(long seed) {
            this.seed = seed;
        }

        @Override
        public String flipHeapBit(int replica) {
            return describe("heap", replica, 0);
        }

        @Override
        public String flipRegisterBit(int replica, long branch) {
            return describe("register", replica, branch);
        }

        @Override
        public String injectAtBranch(int replica, String model, long branch) {
            return describe(model, replica, branch);
        }

        @Override
        public long branchCount(int replica) {
            return 1000;
        }

        @Override
        public String flipMemoryBit(int replica, int count) {
            return describe("memory", replica, count);
        }

        @Override
        public String corruptNextOutput(int replica) {
            return describe("output", replica, 0);
        }

        @Override
        public String crash(int replica) {
            return describe("crash", replica, 0);
        }

        @Override
        public String hang(int replica) {
            return describe("hang", replica, 0);
        }

        @Override
        public String slow(int replica, long millis) {
            return describe("slow", replica, millis);
        }

        @Override
        public String injectRandom(long seed) {
            return describe("random", 0, seed);
        }

        private String describe(String model, int replica, long argument) {
            if (replica < 0 || replica >= 3) {
                throw new IllegalArgumentException("no replica " + replica + " (replicas 0 to 2)");
            }
            return model + " into replica " + replica + ", argument " + argument + ", seed " + seed;
        }
    }
}
