package samples.io;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.RuntimeMXBean;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import samples.Category;
import samples.Sample;
import samples.Size;

/**
 * Prints values that differ from run to run (clocks, random numbers, process id, what {@code RuntimeMXBean}
 * and {@code ProcessHandle} say of the JVM and its process, memory, identity hash codes). Used to check that
 * replicas of one run see the same values.
 */
public final class NondeterminismSample implements Sample {

    private static final int MEGABYTE = 1024 * 1024;
    private static final int CHURN_MEGABYTES = 200;

    @Override
    public String name() {
        return "nondeterminism";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "prints clocks, random numbers, pid, the JVM's name, start, uptime and options, memory figures"
                + " and identity hash codes";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws InterruptedException {
        out.println("currentTimeMillis: " + System.currentTimeMillis());
        long before = System.nanoTime();
        Thread.sleep(50);
        long delta = System.nanoTime() - before;
        out.println("slept>=50ms " + (delta >= 50_000_000L));
        out.println("nanoTime delta: " + delta);
        out.println("Date: " + new Date());
        out.println("Instant: " + Instant.now());
        out.println("LocalDateTime: " + LocalDateTime.now());
        out.println("Random: " + new Random().nextLong());
        out.println("ThreadLocalRandom: " + ThreadLocalRandom.current().nextLong());
        out.println("SecureRandom: " + new SecureRandom().nextLong());
        out.println("UUID: " + UUID.randomUUID());
        out.println("Math.random: " + Math.random());
        out.println("pid: " + ProcessHandle.current().pid());
        out.println("availableProcessors: " + Runtime.getRuntime().availableProcessors());
        RuntimeMXBean jvm = ManagementFactory.getRuntimeMXBean();
        out.println("jvmName: " + jvm.getName());
        out.println("jvmStartTime: " + jvm.getStartTime());
        out.println("jvmUptime: " + jvm.getUptime());
        out.println("jvmInputArguments: " + jvm.getInputArguments());
        ProcessHandle.Info process = ProcessHandle.current().info();
        out.println("processCommandLine: " + process.commandLine().orElse("unknown"));
        out.println("processStart: " + process.startInstant().map(Object::toString).orElse("unknown"));
        out.println("processParent: " + ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L));

        out.println("churn checksum: " + churnHeap());
        Runtime runtime = Runtime.getRuntime();
        out.println("freeMemory: " + runtime.freeMemory());
        out.println("totalMemory: " + runtime.totalMemory());
        out.println("maxMemory: " + runtime.maxMemory());

        for (int i = 0; i < 5; i++) {
            out.println("identityHashCode " + i + ": " + System.identityHashCode(new Object()));
        }
        out.println("Object.hashCode: " + new Object().hashCode());
    }

    /**
     * Allocates and drops 1 MiB arrays so that the heap figures reflect garbage collection;
     * touching every array and returning a checksum keeps the JIT from removing the work.
     */
    private static long churnHeap() {
        long checksum = 0;
        for (int i = 0; i < CHURN_MEGABYTES; i++) {
            byte[] block = new byte[MEGABYTE];
            block[i % MEGABYTE] = (byte) i;
            block[MEGABYTE - 1] = (byte) (i * 31);
            checksum += block[i % MEGABYTE] + block[MEGABYTE - 1] + block.length;
        }
        return checksum;
    }
}
