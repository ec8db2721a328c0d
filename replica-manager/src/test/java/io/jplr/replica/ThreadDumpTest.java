package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against real thread dumps: each JDK runs {@link Target}, which the test sends SIGQUIT as the master does
 * before killing a replica; the dump then goes to the child's log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThreadDumpTest {
    private static final int FILLERS = 30;
    private static final long TIMEOUT_MILLIS = 20_000;

    /** A child JVM that was sent SIGQUIT, and where its log stood just before. */
    private record Signalled(Process process, Path log, long offset) {
    }

    private final Map<String, Signalled> children = new HashMap<>();
    private Path dir;

    static List<ChildJvm> jvms() {
        return ChildJvm.all();
    }

    @BeforeAll
    void startAndSignalAChildOnEachJdk() throws Exception {
        dir = Files.createTempDirectory("jplr-thread-dump");
        for (ChildJvm jvm : jvms()) {
            Path log = dir.resolve(jvm.name() + ".log");
            Files.writeString(log, "output of the program before the dump\n");
            Process process = jvm.start(Target.class, log, List.of(), Integer.toString(FILLERS));
            awaitLine(log, "ready");
            long offset = ThreadDump.size(log);
            signalQuit(process);
            children.put(jvm.name(), new Signalled(process, log, offset));
        }
    }

    @AfterAll
    void stopTheChildren() throws Exception {
        for (Signalled child : children.values()) {
            child.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    @ParameterizedTest
    @MethodSource("jvms")
    void findsTheNamedThreadsStack(ChildJvm jvm) {
        Signalled child = children.get(jvm.name());
        List<String> stack = ThreadDump.awaitStack(child.log(), child.offset(), "worker-1", TIMEOUT_MILLIS);

        assertTrue(stack.get(0).startsWith("\"worker-1\" #"), stack.toString());
        assertEquals(1, headers(stack).size(), "only the named thread: " + stack);
        assertTrue(stack.stream().anyMatch(l -> l.startsWith("at " + Target.class.getName() + ".hold(")),
                stack.toString());
        assertTrue(stack.stream().anyMatch(l -> l.startsWith("- locked <0x")), stack.toString());
        assertTrue(stack.stream().skip(1).allMatch(l -> l.startsWith("at ") || l.startsWith("- ")), stack.toString());
    }

    @ParameterizedTest
    @MethodSource("jvms")
    void withoutSuchAThreadGivesTheApplicationThreadsWithinTheBound(ChildJvm jvm) {
        Signalled child = children.get(jvm.name());
        List<String> stack = ThreadDump.awaitStack(child.log(), child.offset(), "no-such-thread", TIMEOUT_MILLIS);

        List<String> names = headers(stack);
        assertEquals("main", names.get(0), names.toString());
        assertTrue(names.contains("worker-1") && names.contains("filler-0"), names.toString());
        assertFalse(names.contains("daemon-sleeper"), "daemon threads are left out: " + names);
        assertFalse(names.contains("Reference Handler") || names.contains("Signal Dispatcher")
                || names.contains("VM Thread") || names.contains("GC Thread#0"), "JVM threads are left out: " + names);
        assertEquals(ThreadDump.MAX_LINES, stack.size(), FILLERS + " deep fillers are more than the bound");
    }

    @ParameterizedTest
    @MethodSource("jvms")
    void nothingAfterTheOffsetGivesNothingAtTheDeadline(ChildJvm jvm) {
        Signalled child = children.get(jvm.name());
        ThreadDump.awaitStack(child.log(), child.offset(), "worker-1", TIMEOUT_MILLIS); // the dump is complete
        long start = System.nanoTime();
        List<String> stack = ThreadDump.awaitStack(child.log(), ThreadDump.size(child.log()), "worker-1", 300);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(List.of(), stack);
        assertTrue(waitedMillis >= 300 && waitedMillis < 5_000, waitedMillis + " ms");
    }

    @ParameterizedTest
    @MethodSource("jvms")
    void anUnfinishedDumpGivesWhatWasThereByTheDeadline(ChildJvm jvm) throws IOException {
        Signalled child = children.get(jvm.name());
        ThreadDump.awaitStack(child.log(), child.offset(), "worker-1", TIMEOUT_MILLIS);
        String dump = Files.readString(child.log());
        Path cut = dir.resolve(jvm.name() + "-cut.log");
        Files.writeString(cut, dump.substring(0, dump.indexOf("JNI global refs")));

        List<String> stack = ThreadDump.awaitStack(cut, 0, "worker-1", 100);
        assertTrue(stack.get(0).startsWith("\"worker-1\" #"), stack.toString());
    }

    /** The names in the thread header lines. */
    private static List<String> headers(List<String> stack) {
        List<String> names = new ArrayList<>();
        for (String line : stack) {
            if (line.startsWith("\"")) {
                names.add(line.substring(1, line.indexOf('"', 1)));
            }
        }
        return names;
    }

    private static void signalQuit(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -QUIT");
    }

    private static void awaitLine(Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);
        while (!Files.readAllLines(log).contains(line)) {
            assertTrue(System.nanoTime() < deadline, "no '" + line + "' in " + log + ": " + Files.readString(log));
            Thread.sleep(20);
        }
    }

    /**
     * The program whose dump is read: "worker-1" holds a lock while it sleeps, fillers sleep twenty calls
     * deep so that together their stacks pass the bound, and a daemon thread sleeps too.
     */
    static final class Target {
        public static void main(String[] args) throws InterruptedException {
            Object lock = new Object();
            new Thread(() -> hold(lock), "worker-1").start();
            for (int i = 0; i < Integer.parseInt(args[0]); i++) {
                new Thread(() -> deep(20), "filler-" + i).start();
            }
            Thread daemon = new Thread(() -> deep(1), "daemon-sleeper");
            daemon.setDaemon(true);
            daemon.start();
            System.out.println("ready");
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }

        private static void hold(Object lock) {
            synchronized (lock) {
                deep(0);
            }
        }

        private static void deep(int depth) {
            if (depth > 0) {
                deep(depth - 1);
                return;
            }
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
