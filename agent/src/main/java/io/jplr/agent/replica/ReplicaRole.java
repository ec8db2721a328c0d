package io.jplr.agent.replica;

import io.jplr.bootstrap.Boundary;
import io.jplr.bootstrap.LocalPaths;
import io.jplr.bootstrap.MappedMemory;
import io.jplr.bootstrap.RemoteSocketImpl;
import io.jplr.bootstrap.StreamState;
import io.jplr.faultinjector.FaultInjection;
import io.jplr.faultinjector.ReplicaInjections;
import io.jplr.replica.RunDirectory;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.ReplicaDoorbell;
import io.jplr.syscall.channel.ServiceThreads;
import io.jplr.syscall.client.CallFaults;
import io.jplr.syscall.client.ReplicaClient;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

/**
 * What a replica JVM does before the application's main runs: connect to the master, rewrite the JDK
 * methods and call sites that cross the boundary, and route them to the master.
 */
public final class ReplicaRole {
    private ReplicaRole() {
    }

    /** Called from premain; the bootstrap classes are on the bootstrap class path (-Xbootclasspath/a). */
    public static void start(int index, Path runDirectory, Instrumentation instrumentation,
            boolean faultInjection, boolean batchMappedWrites, Map<String, String> optionVariables) {
        // Everything but the steps that follow it runs on a thread of its own: identity hash codes are drawn per
        // thread, and the JDK code run here (reflection, NIO, class loading) draws some. The main thread
        // draws none for the agent, so its identity hash codes depend on the application alone.
        Setup setup = runOnSetupThread(() -> {
            long firstThreadId = Thread.currentThread().getId();
            Channel channel = Channel.open(runDirectory.resolve("replica-" + index + ".channel"));
            openModules(instrumentation);
            new HiddenFrames(instrumentation).install();
            ProgramEnvironment.restore(optionVariables);
            configureLocalPaths(runDirectory);
            // The trap costs every direct memory access a test: it is set when the program first maps a file.
            MappedMemory.configure(runDirectory, "replica-" + index, batchMappedWrites,
                    () -> new ScopedMemoryAccessRewriter().install(instrumentation));
            new JdkTypeRewriter().install(instrumentation);
            CallSiteRewriter rewriter = new CallSiteRewriter(instrumentation, Boundary.class.getModule());
            instrumentation.addTransformer(rewriter, true);
            rewriter.retransformLoadedJdkClasses();
            CallFaults calls = new CallFaults();
            ReplicaInjections injections = faultInjection
                    ? FaultInjection.prepareReplica(instrumentation, channel, calls) : null;
            RandomSeeds seeds = RandomSeeds.prepare();
            MasterWatchdog.start(channel.masterPid(), channel, injections);
            ReplicaDoorbell doorbell = ReplicaDoorbell.connect(RunDirectory.doorbell(runDirectory), index,
                    MasterWatchdog::orphaned);
            channel.markAttached(ProcessHandle.current().pid());
            return new Setup(new ReplicaClient(channel, doorbell, calls), seeds, firstThreadId);
        });
        // From here on, every call the main thread makes belongs to the application's stream.
        StreamState.makeRoot();
        Boundary.install(setup.client());
        installSocketFactories();
        setup.seeds().reseed();
        initializeCommonPool();
        // Last, the thread ids taken since the setup began go back to the program: the setup's threads' and any
        // other's (the first call to the master, above, may take one on JDK 25, at a moment that varies).
        runOnSetupThread(() -> {
            ThreadIdentities.giveBack(setup.firstThreadId());
            return setup;
        });
    }

    /**
     * The common pool reads its parallelism (the master's processor count: a call to the master) when
     * {@code ForkJoinPool} is initialized. Left alone, that happens in whichever thread touches the class first,
     * and on JDK 17 any thread that waits on a {@code Condition} does ({@code AbstractQueuedSynchronizer} blocks
     * through {@code ForkJoinPool.managedBlock}): a scheduled pool's worker in one replica, another thread in the
     * next, and the replicas disagree. Here it is the main thread's first call, in every replica alike.
     */
    private static void initializeCommonPool() {
        ForkJoinPool.getCommonPoolParallelism();
    }

    /**
     * Every {@code Socket} and {@code ServerSocket} the application creates from now on is the master's
     * ({@link RemoteSocketImpl}). The factories are the JDK's supported hook; an application that installs
     * its own gets the JDK's "factory already defined" error. ({@code DatagramSocket}s are the master's too,
     * through the channel they are built on: {@link DatagramSocketInstrumentation}.)
     */
    @SuppressWarnings("deprecation")
    private static void installSocketFactories() {
        try {
            Socket.setSocketImplFactory(RemoteSocketImpl::new);
            ServerSocket.setSocketFactory(RemoteSocketImpl::new);
        } catch (IOException e) {
            throw new IllegalStateException("cannot install jPLR's socket factories: " + e, e);
        }
    }

    private record Setup(ReplicaClient client, RandomSeeds seeds, long firstThreadId) {
    }

    /** A step of the setup; it may fail with any exception. */
    private interface SetupStep {
        Setup run() throws Exception;
    }

    /**
     * Rewritten java.base (and java.management) code calls Boundary, in the bootstrap loader's unnamed module,
     * so those modules must read it; the agent sets a few JDK fields reflectively ({@link RandomSeeds},
     * {@link ProgramEnvironment}, {@link ThreadIdentities}), so java.base opens those packages to the agent
     * alone, and exports the internal Unsafe's to the agent (the JVM's next thread id) and to the bootstrap
     * classes, which copy between the program's memory and mapped files' ({@code MappedMemory}); it opens
     * java.util.concurrent to them too, which run a fork-join task's protected {@code exec} in the task's call
     * stream ({@code TaskStreams}). No --add-opens is asked of the user.
     */
    private static void openModules(Instrumentation instrumentation) {
        Module agent = ReplicaRole.class.getModule();
        instrumentation.redefineModule(Object.class.getModule(), Set.of(Boundary.class.getModule()),
                Map.of("jdk.internal.misc", Set.of(Boundary.class.getModule(), agent)),
                Map.of("java.lang", Set.of(agent), "java.util", Set.of(agent), "java.util.concurrent",
                        Set.of(agent, Boundary.class.getModule()), "java.io", Set.of(Boundary.class.getModule())),
                Set.of(), Map.of());
        // RuntimeMXBean's types are rewritten too (VmManagementInstrumentation), if the runtime has the module.
        ModuleLayer.boot().findModule("java.management").ifPresent(management -> instrumentation.redefineModule(
                management, Set.of(Boundary.class.getModule()), Map.of(), Map.of(), Set.of(), Map.of()));
    }

    /**
     * What the replica reads itself: the runtime, the program's jars, class files in its class directories,
     * jPLR's own files.
     */
    private static void configureLocalPaths(Path runDirectory) {
        List<String> roots = new ArrayList<>();
        List<String> classDirectories = new ArrayList<>();
        roots.add(System.getProperty("java.home"));
        roots.add(runDirectory.toString());
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String value = System.getProperty(property);
            if (value == null) {
                continue;
            }
            for (String entry : value.split(File.pathSeparator)) {
                (new File(entry).isDirectory() ? classDirectories : roots).add(entry);
            }
        }
        CodeSource agent = ReplicaRole.class.getProtectionDomain().getCodeSource();
        if (agent != null && agent.getLocation() != null) {
            try {
                roots.add(Path.of(agent.getLocation().toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // Not a file: nothing of the agent to read locally.
            }
        }
        LocalPaths.configure(System.getProperty("user.dir"), roots, classDirectories);
    }

    private static Setup runOnSetupThread(SetupStep step) {
        Setup[] result = new Setup[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = ServiceThreads.create("jplr-setup", false, () -> {
            try {
                result[0] = step.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        });
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the interceptions", e);
        }
        if (failure[0] != null) {
            throw new IllegalStateException("cannot start the replica: " + failure[0], failure[0]);
        }
        return result[0];
    }
}
