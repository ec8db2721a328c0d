package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.faultinjector.FaultInjectorMXBean;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.ProcessBuilder.Redirect;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attach and JMX for real, against JVMs that stand in for a job's master ({@link FakeMasterMain}). */
class JobConnectionTest {
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killStarted() {
        started.forEach(process -> ProcessRun.kill(process.toHandle()));
    }

    @Test
    void reachesTheBeanOnceRegisteredAndInjects() throws Exception {
        Process master = start("400", "20000");
        Optional<JobConnection> connection = JobConnection.await(master.toHandle(), Duration.ofSeconds(10),
                AttachListenerSocket.hotSpot());
        assertTrue(connection.isPresent());
        try (JobConnection line = connection.get()) {
            FaultInjectorMXBean injector = line.injector();
            injector.setSeed(77);
            assertEquals("heap into replica 2, argument 0, seed 77", injector.flipHeapBit(2));
            assertEquals(1000, injector.branchCount(0));
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = InjectTool.execute(new String[] {"inject", "--pid", Long.toString(master.pid()), "--replica",
            "1", "--fault", "memory", "--bits", "3", "--seed", "5"}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, status, err.toString());
        assertEquals("memory into replica 1, argument 3, seed 5\n", out.toString());

        out.getBuffer().setLength(0);
        status = InjectTool.execute(new String[] {"inject", "--pid", Long.toString(master.pid()), "--replica", "7",
            "--fault", "heap"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(1, status);
        assertEquals("jplr-inject: no replica 7 (replicas 0 to 2)\n", err.toString());
    }

    @Test
    void saysWhenTheJobRunsWithoutFaultInjection() throws Exception {
        Process plain = start("-1", "20000");
        waitUntilAttachable(plain);
        StringWriter err = new StringWriter();
        int status = InjectTool.execute(new String[] {"inject", "--pid", Long.toString(plain.pid()), "--replica",
            "0", "--fault", "heap"}, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(1, status);
        assertEquals("jplr-inject: pid " + plain.pid() + " has no io.jplr:type=FaultInjector MXBean: the job runs"
                + " without plr.faultInjection=true (or pid " + plain.pid() + " is not a jPLR job's master)\n",
                err.toString());
    }

    @Test
    void givesUpWhenTheJobEndsFirst() throws Exception {
        Process shortLived = start("-1", "0");
        assertFalse(JobConnection.await(shortLived.toHandle(), Duration.ofSeconds(10), AttachListenerSocket.hotSpot())
                .isPresent());
        assertFalse(shortLived.isAlive());
    }

    /**
     * A JVM signalled before its attach mechanism is ready prints a thread dump on its stdout, which a campaign
     * would judge a wrong output: waiting for a job never signals it, so one started without the listener is left
     * alone, however long it lives, and writes nothing.
     */
    @Test
    void neverSignalsAJvmWhoseListenerIsNotOpen() throws Exception {
        Path out = Files.createTempFile("fake-master", ".out");
        try {
            Process plain = start(List.of(), Redirect.to(out.toFile()), "0", "20000");
            assertFalse(JobConnection.await(plain.toHandle(), Duration.ofSeconds(2), AttachListenerSocket.hotSpot())
                    .isPresent());
            assertTrue(plain.isAlive());
            assertFalse(AttachListenerSocket.hotSpot().isOpen(plain.toHandle()), "no listener was started");
            assertEquals("", Files.readString(out));
        } finally {
            Files.delete(out);
        }
    }

    @Test
    void killTakesTheChildrenToo() throws Exception {
        Process master = start("-1", "60000", "child");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<ProcessHandle> children = List.of();
        while (children.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            children = master.toHandle().children().collect(Collectors.toList());
        }
        assertEquals(1, children.size());
        new ProcessRun(master, () -> { }).kill();
        assertFalse(master.isAlive());
        assertFalse(children.get(0).isAlive());
    }

    /** A fake master as a campaign starts its JVMs: with the attach listener open from the start. */
    private Process start(String... args) throws IOException, URISyntaxException {
        return start(List.of(AttachListenerSocket.START_OPTION), Redirect.INHERIT, args);
    }

    private Process start(List<String> options, Redirect output, String... args)
            throws IOException, URISyntaxException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.add("-cp");
        command.add(codeOf(FakeMasterMain.class) + File.pathSeparator + codeOf(FaultInjectorMXBean.class));
        command.add(FakeMasterMain.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().redirectOutput(output).start();
        started.add(process);
        return process;
    }

    /** A JVM handles SIGQUIT from early in its start; attaching before would be refused by the guard. */
    private static void waitUntilAttachable(Process process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!JobConnection.catchesSigquit(process.pid()).orElse(true) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300);
    }

    private static String codeOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
