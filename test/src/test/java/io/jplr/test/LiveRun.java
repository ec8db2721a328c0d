package io.jplr.test;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A master the test acts on while it runs: its stdout is watched as it grows, its stdin is written line by line
 * (to open the gates of {@link io.jplr.test.apps.FaultyWorkload}), its replicas can be signalled. Closing it
 * kills whatever it left running, also a replica the test stopped.
 */
final class LiveRun implements AutoCloseable {
    private static final long WAIT_NANOS = 60_000_000_000L;

    private final Process master;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<Void> outEnded = new CompletableFuture<>();
    private final CompletableFuture<byte[]> err;
    private final OutputStream stdin;
    private final List<ProcessHandle> signalled = new ArrayList<>();

    private LiveRun(Process master) {
        this.master = master;
        this.stdin = master.getOutputStream();
        this.err = Launch.drain(master.getErrorStream());
        // A thread of its own: the common pool may have a single worker, which a blocking read would take.
        Thread reader = new Thread(() -> {
            try {
                collectOut();
            } finally {
                outEnded.complete(null);
            }
        }, "master stdout");
        reader.setDaemon(true);
        reader.start();
    }

    static LiveRun start(Launch launch) {
        return new LiveRun(launch.start());
    }

    Process master() {
        return master;
    }

    /** Waits until the master's stdout holds {@code text}: the replicas' quorum got that far. */
    void awaitOutput(String text) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        synchronized (out) {
            while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
                if (outEnded.isDone() || System.nanoTime() > deadline) {
                    fail("'" + text.strip() + "' never appeared on the master's stdout; it ends with: "
                            + tail(out.toString(StandardCharsets.UTF_8)));
                }
                out.wait(100);
            }
        }
    }

    /** Writes one line to the master's stdin (opens one gate). */
    void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** The replica in {@code slot}, once the master has started it. */
    ProcessHandle replica(int slot) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (System.nanoTime() < deadline && master.isAlive()) {
            for (ProcessHandle replica : Replicas.of(master)) {
                if (Replicas.slot(replica) == slot) {
                    return replica;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the master has no replica in slot " + slot);
    }

    /** Signals a process; {@link #close} kills it in any case, so that a stopped one never stays behind. */
    void signal(String signal, ProcessHandle process) throws IOException, InterruptedException {
        signalled.add(process);
        Replicas.signal(signal, process.pid());
    }

    /** Closes stdin and waits for the end of the run. */
    Run finish() throws IOException, InterruptedException {
        stdin.close();
        if (!master.waitFor(120, TimeUnit.SECONDS)) {
            fail("the master did not end within 120 s");
        }
        outEnded.join();
        byte[] stdout;
        synchronized (out) {
            stdout = out.toByteArray();
        }
        return new Run(stdout, err.join(), master.exitValue(), master.pid());
    }

    @Override
    public void close() {
        // A SIGSTOPped replica would otherwise stay, stopped, for ever; SIGKILL ends it even stopped. (The
        // handle knows the process's start time, so a reused pid is left alone.)
        signalled.forEach(ProcessHandle::destroyForcibly);
        master.descendants().forEach(ProcessHandle::destroyForcibly);
        master.destroyForcibly();
    }

    private void collectOut() {
        byte[] buffer = new byte[8192];
        try (InputStream in = master.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                synchronized (out) {
                    out.write(buffer, 0, n);
                    out.notifyAll();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            synchronized (out) {
                out.notifyAll();
            }
        }
    }

    private static String tail(String text) {
        return text.length() > 300 ? "..." + text.substring(text.length() - 300) : text;
    }
}
