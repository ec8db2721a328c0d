package io.jplr.agent.replica;

import io.jplr.bootstrap.Boundary;
import io.jplr.bootstrap.StreamState;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.client.ReplicaClient;
import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What a replica JVM does before the application's main runs: connect to the master, rewrite the JDK
 * methods and call sites that cross the boundary, and route them to the master.
 */
public final class ReplicaRole {
    private ReplicaRole() {
    }

    /** Called from premain once the bootstrap classes are on the bootstrap class path. */
    public static void start(int index, Path runDirectory, Instrumentation instrumentation) throws IOException {
        Channel channel = Channel.open(runDirectory.resolve("replica-" + index + ".channel"));
        Module bootstrapModule = Boundary.class.getModule();
        // java.base code rewritten to call Boundary must be able to read the module Boundary lives in.
        instrumentation.redefineModule(Object.class.getModule(), Set.of(bootstrapModule), Map.of(), Map.of(),
                Set.of(), Map.of());

        CallSiteRewriter rewriter = new CallSiteRewriter(instrumentation, bootstrapModule);
        instrumentation.addTransformer(rewriter, true);
        // The bytecode work runs on a thread of its own: identity hash codes are drawn per thread, and the
        // main thread must reach the application's main having drawn none, in every replica alike.
        runOnSetupThread(() -> {
            JdkInstrumentations.install(instrumentation);
            rewriter.retransformLoadedJdkClasses();
        });

        MasterWatchdog.start(channel.masterPid());
        channel.markAttached(ProcessHandle.current().pid());
        // From here on, every call the main thread makes belongs to the application's stream.
        StreamState.makeRoot();
        Boundary.install(new ReplicaClient(channel));
        RandomSeeds.reseed(instrumentation);
    }

    private static void runOnSetupThread(Runnable setup) {
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                setup.run();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "jplr-setup", 0, false);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing the interceptions", e);
        }
        if (failure[0] != null) {
            throw new IllegalStateException("cannot install the interceptions: " + failure[0], failure[0]);
        }
    }
}
