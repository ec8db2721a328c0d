package io.jplr.benchmarks;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.StreamState;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.ReplicaDoorbell;
import io.jplr.syscall.client.ReplicaClient;
import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One replicated call across two processes: this JVM is the replica ({@link ReplicaClient}, as the agent
 * uses it), a child JVM is the master ({@link EchoMaster}). {@code input} is the round trip of an input
 * call (post, the master reads the clock, the answer comes back); {@code output} is what posting a 64-byte
 * write costs the replica (it does not wait for the master).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ChannelRoundTrip {
    private Path directory;
    private Process master;
    private ReplicaClient client;
    private StreamState stream;
    private final byte[] output = new byte[64];

    @Setup(Level.Trial)
    public void start() throws Exception {
        directory = Files.createTempDirectory("jplr-bench");
        master = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), EchoMaster.class.getName(), directory.toString())
                .inheritIO().start();
        Path socket = directory.resolve("doorbell.sock");
        Path channelFile = directory.resolve("channel");
        Channel channel = awaitChannel(channelFile);
        ReplicaDoorbell doorbell = ReplicaDoorbell.connect(socket, 0, () -> { });
        client = new ReplicaClient(channel, doorbell);
        stream = StreamState.current();
    }

    /** The master creates the file, then sizes and initializes it: retry until it is a whole channel. */
    private static Channel awaitChannel(Path file) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                return Channel.open(file);
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(10);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        master.destroyForcibly();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Benchmark
    public long input() {
        Answer answer = client.ask(Call.NANO_TIME, stream, 0);
        return answer.longAt(0);
    }

    @Benchmark
    public void output() {
        client.post(Call.STDOUT_WRITE, stream, output, 0, output.length);
    }
}
