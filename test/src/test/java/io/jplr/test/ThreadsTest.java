package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.CompletableFutureStages;
import io.jplr.test.apps.ForkJoinTasksPrint;
import io.jplr.test.apps.ParallelWork;
import io.jplr.test.apps.PoolTasksPrint;
import io.jplr.test.apps.PrintsThreadGroup;
import io.jplr.test.apps.PrintsWhileInterrupted;
import io.jplr.test.apps.ScheduledWork;
import io.jplr.test.apps.TaskFailures;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jPLR's threads in a replica stay out of the program's way: the program's thread group holds what it holds
 * natively, and the program's threads get the ids they get natively, all ids unique. The JDK's own threads
 * (pool workers, carriers) keep their own time.
 */
class ThreadsTest {
    static List<Jvm> jvms() {
        return Jvm.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void theProgramsThreadsAreNumberedAndGroupedAsNatively(Jvm jvm) {
        Run expected = Launch.on(jvm).app(PrintsThreadGroup.class).run();
        assertTrue(expected.out().contains("\nmain: activeCount 1, enumerated 1\nmain\nevery thread id unique true\n"),
                expected::toString);
        Run run = Launch.under("TMR", jvm).app(PrintsThreadGroup.class).run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals(expected.out(), run.out());
    }

    /**
     * The JDK's pools keep their own time: an idle worker of the common pool (or a virtual thread's carrier) that
     * times out does so at a different moment in every replica, and must not make a call the others do not.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void parallelStreamsAndVirtualThreadsRunAsNatively(Jvm jvm) {
        Run expected = Launch.on(jvm).app(ParallelWork.class).run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        Run run = Launch.under("TMR", jvm).app(ParallelWork.class).run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals("", run.err());
        assertEquals(expected.out(), run.out());
    }

    /**
     * A thread whose interrupt flag is set crosses the boundary like any other: its replica's doorbell is not
     * closed under it (which made the replica take its master for gone and end), and the flag stays set.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void aThreadWithItsInterruptFlagSetPrintsAndReadsAsNatively(Jvm jvm) {
        Run expected = Launch.on(jvm).app(PrintsWhileInterrupted.class).run();
        assertTrue(expected.out().contains("worker interrupted, flag restored true\nworker: sleep saw the flag\n"),
                expected::toString);
        Run run = Launch.under("TMR", jvm).app(PrintsWhileInterrupted.class).run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals("", run.err());
        assertEquals(expected.out(), run.out());
    }

    /**
     * The common pool reads its parallelism from the master when ForkJoinPool is initialized, which on JDK 17 an
     * idle scheduled worker can do as well as the main thread: the call must be the same thread's in every replica.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void aScheduledPoolAndTheCommonPoolRunAsNatively(Jvm jvm) {
        Run expected = Launch.on(jvm).app(ScheduledWork.class).run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        for (int attempt = 0; attempt < 3; attempt++) {
            Run run = Launch.under("TMR", jvm).app(ScheduledWork.class).run();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals("", run.err());
            assertEquals(expected.out(), run.out());
        }
    }

    /**
     * A pool's task that prints or reads makes its calls in a stream of its own, whichever worker runs it, so
     * the replicas agree although their workers take the tasks in different orders. Lines of different tasks
     * may come in another order than natively, as between two native runs.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void poolTasksThatPrintAndReadRunAsNatively(Jvm jvm) {
        Run expected = Launch.on(jvm).app(PoolTasksPrint.class).run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        for (String mode : List.of("TMR", "DMR")) {
            Run run = Launch.under(mode, jvm).app(PoolTasksPrint.class).run();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals("", run.err());
            assertEquals(sortedLines(expected.out()), sortedLines(run.out()));
        }
    }

    /**
     * The same for fork-join tasks: forked and joined (stolen by whichever worker is idle, run by a joining
     * thread that helps), split with {@code invokeAll}, a parallel stream's (and {@code forEachOrdered}'s, whose
     * lines come in their order), submitted to a pool, and a {@code CompletableFuture}'s async supplier on a pool.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void forkJoinTasksThatPrintAndReadRunAsNatively(Jvm jvm) {
        Run expected = Launch.on(jvm).app(ForkJoinTasksPrint.class).run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        for (String mode : List.of("TMR", "DMR")) {
            Run run = Launch.under(mode, jvm).app(ForkJoinTasksPrint.class).run();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals("", run.err());
            assertEquals(sortedLines(expected.out()), sortedLines(run.out()));
            assertEquals(linesStarting("ordered ", expected.out()), linesStarting("ordered ", run.out()),
                    "forEachOrdered's lines in their order");
        }
    }

    /**
     * A {@code CompletableFuture} stage's action runs in a stream numbered when the stage is added, whether it runs
     * in the adding thread (the stage before it complete already) or in the completing one, which depends on
     * timing; DMR, which stops at the first disagreement, shows any.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void completableFutureStagesThatPrintRunAsNatively(Jvm jvm) {
        Run expected = Launch.on(jvm).app(CompletableFutureStages.class).run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        for (String mode : List.of("DMR", "TMR")) {
            Run run = Launch.under(mode, jvm).app(CompletableFutureStages.class).run();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals("", run.err());
            assertEquals(sortedLines(expected.out()), sortedLines(run.out()));
        }
    }

    /** jPLR runs a task in its stream between two JDK frames, and stays out of the task's stack traces. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void aFailingTasksStackTraceIsAsNative(Jvm jvm) {
        Run expected = Launch.on(jvm).app(TaskFailures.class).run();
        assertTrue(expected.out().contains("failed on a fork-join pool"), expected::toString);
        Run run = Launch.under("TMR", jvm).app(TaskFailures.class).run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals(expected.out(), run.out());
    }

    private static List<String> linesStarting(String prefix, String text) {
        return Stream.of(text.split("\n")).filter(line -> line.startsWith(prefix)).collect(Collectors.toList());
    }

    private static List<String> sortedLines(String text) {
        return Stream.of(text.split("\n")).sorted().collect(Collectors.toList());
    }
}
