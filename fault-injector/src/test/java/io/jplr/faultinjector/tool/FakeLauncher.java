package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultInjectorMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.UndeclaredThrowableException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs that are no processes: each "runs" for a while of real time, offers a FaultInjector bean that records
 * what it is asked, and ends by writing the output, status and report that the test's script gives the fault.
 */
final class FakeLauncher implements RunLauncher {
    static final String OUTPUT = "line one\nline two\nline three\n";

    /** What a fake program does after a fault. */
    enum Effect {
        NONE, CORRECTED, STOPPED, SDC, HANG, SIGSEGV, UNCAUGHT, DIFFERENT, REFUSED
    }

    /** One call to the fake bean. */
    record Call(String run, String operation, int replica, long argument, long seed) {
    }

    final Map<String, List<Call>> calls = new ConcurrentHashMap<>();
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger mostConcurrent = new AtomicInteger();
    final AtomicInteger kills = new AtomicInteger();
    Function<Call, Effect> script = call -> Effect.NONE;
    Effect faultFree = Effect.NONE;
    Duration life = Duration.ofMillis(150);
    Duration faultFreeLife = Duration.ofMillis(250);
    long branchesPerRun = 10_000;
    /** The bean dies with the JVM mid-call, as a crash injected into an unprotected JVM does. */
    boolean crashTakesTheBeanDown;
    /** The program never registers the bean. */
    boolean noBean;

    @Override
    public LaunchedRun startNative(RunFiles files) {
        FakeRun run = new FakeRun(files, Duration.ZERO, false);
        run.end(Effect.NONE);
        return run;
    }

    @Override
    public LaunchedRun startInjectable(RunFiles files) {
        boolean faultFreeRun = files.directory().getFileName().toString().startsWith("fault-free");
        FakeRun run = new FakeRun(files, faultFreeRun ? faultFreeLife : life, true);
        if (faultFreeRun) {
            run.effect = faultFree;
        }
        return run;
    }

    private final class FakeRun implements LaunchedRun, FaultInjectorMXBean {
        private final RunFiles files;
        private final String name;
        private final long start = System.nanoTime();
        private final Duration lifetime;
        private final boolean injectable;
        private volatile Effect effect = Effect.NONE;
        private long seed;
        private Integer status;

        FakeRun(RunFiles files, Duration lifetime, boolean injectable) {
            this.files = files;
            this.name = files.directory().getFileName().toString();
            this.lifetime = lifetime;
            this.injectable = injectable;
            mostConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
        }

        @Override
        public Optional<InjectorConnection> awaitInjector(Duration patience) {
            if (!injectable || noBean || !isAlive()) {
                return Optional.empty();
            }
            FaultInjectorMXBean bean = this;
            return Optional.of(new InjectorConnection() {
                @Override
                public FaultInjectorMXBean injector() {
                    return bean;
                }

                @Override
                public void close() {
                }
            });
        }

        @Override
        public synchronized boolean isAlive() {
            if (status == null && effect != Effect.HANG && System.nanoTime() - start >= lifetime.toNanos()) {
                end(effect);
            }
            return status == null;
        }

        @Override
        public boolean waitFor(Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (isAlive()) {
                if (System.nanoTime() - deadline >= 0) {
                    return false;
                }
                Thread.sleep(2);
            }
            return true;
        }

        @Override
        public synchronized void kill() {
            if (status == null) {
                kills.incrementAndGet();
                write("line one\n", "", 137, 0);
            }
        }

        @Override
        public synchronized int exitStatus() {
            if (status == null) {
                throw new IllegalStateException(name + " still runs");
            }
            return status;
        }

        synchronized void end(Effect ending) {
            switch (ending) {
                case NONE -> write(OUTPUT, "", 0, 0);
                case CORRECTED -> write(OUTPUT, "", 0, 1);
                case STOPPED -> write("line one\n", "jplr: replicas disagreed; the run is stopped\n",
                        Classifier.DIVERGENCE_STATUS, 1);
                case SDC -> write("line one\nline 2\nline three\n", "", 0, 0);
                case SIGSEGV -> {
                    write("line one\n", "", 134, 0);
                    touch("hs_err_pid4242.log");
                }
                case UNCAUGHT -> write("line one\n", "Exception in thread \"main\" java.lang.Error\n", 1, 0);
                case DIFFERENT -> write("line one\nline two\n", "", 0, 0);
                case REFUSED -> write("", "jplr: unknown setting plr.faultinjection (from -Dplr.faultInjection)\n",
                        78, 0);
                case HANG -> throw new IllegalStateException("a hang does not end by itself");
            }
        }

        private void write(String stdout, String stderr, int exitStatus, int divergences) {
            try {
                Files.writeString(files.stdout(), stdout, StandardCharsets.UTF_8);
                Files.writeString(files.stderr(), stderr, StandardCharsets.UTF_8);
                if (injectable) {
                    StringBuilder report = new StringBuilder();
                    for (int i = 0; i < divergences; i++) {
                        report.append("{\"time\":\"t\",\"event\":\"divergence\",\"replica\":0}\n");
                    }
                    report.append("{\"time\":\"t\",\"event\":\"end\",\"exitStatus\":").append(exitStatus)
                            .append(",\"divergences\":").append(divergences)
                            .append(",\"branches\":").append(branchesPerRun).append("}\n");
                    Files.writeString(files.report(), report, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            status = exitStatus;
            concurrent.decrementAndGet();
        }

        private void touch(String relative) {
            try {
                Files.createFile(files.directory().resolve(relative));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String inject(String operation, int replica, long argument) {
            Call call = new Call(name, operation, replica, argument, seed);
            calls.computeIfAbsent(name, key -> new CopyOnWriteArrayList<>()).add(call);
            Effect result = script.apply(call);
            if (crashTakesTheBeanDown && operation.equals("crash")) {
                synchronized (this) {
                    end(result);
                }
                throw new UndeclaredThrowableException(new IOException("connection lost"));
            }
            if (result == Effect.HANG) {
                effect = Effect.HANG;
            } else {
                effect = result;
            }
            return operation + " into replica " + replica + " (seed " + seed + ")";
        }

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
            return inject("heap", replica, 0);
        }

        @Override
        public String flipRegisterBit(int replica, long branch) {
            return inject("register", replica, branch);
        }

        @Override
        public String injectAtBranch(int replica, String model, long branch) {
            return inject(model, replica, branch);
        }

        @Override
        public long branchCount(int replica) {
            long elapsed = System.nanoTime() - start;
            return Math.min(branchesPerRun, branchesPerRun * elapsed / Math.max(1, lifetime.toNanos()));
        }

        @Override
        public String flipMemoryBit(int replica, int count) {
            return inject("memory", replica, count);
        }

        @Override
        public String corruptNextOutput(int replica) {
            return inject("output", replica, 0);
        }

        @Override
        public String crash(int replica) {
            return inject("crash", replica, 0);
        }

        @Override
        public String hang(int replica) {
            return inject("hang", replica, 0);
        }

        @Override
        public String slow(int replica, long millis) {
            return inject("slow", replica, millis);
        }

        @Override
        public String injectRandom(long seed) {
            return inject("random", 0, seed);
        }
    }
}
