package io.jplr.faultinjector;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A running {@link MemoryPatternChild}, in its own directory (where a crash leaves its hs_err file). */
final class PatternChildProcess implements AutoCloseable {
    private static final int ARRAY_LONGS = 4_000_000;

    private final Process process;
    private final BufferedReader out;
    private final Writer in;
    private final long nativeAddress;

    private PatternChildProcess(Process process) throws IOException {
        this.process = process;
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8));
        in = new OutputStreamWriter(process.getOutputStream(), UTF_8);
        String ready = readLine(60);
        if (ready == null || !ready.startsWith("ready ")) {
            process.destroyForcibly();
            throw new IOException("the child did not start: " + ready);
        }
        nativeAddress = Long.parseLong(ready.substring("ready ".length()));
    }

    static PatternChildProcess start(Path directory) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-XX:-CreateCoredumpOnCrash", "-XX:ErrorFile=" + directory.resolve("hs_err_%p.log"),
                "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED", "-cp", testClasses().toString(),
                MemoryPatternChild.class.getName(), Integer.toString(ARRAY_LONGS));
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(directory.resolve("stderr").toFile()).start();
        return new PatternChildProcess(process);
    }

    long pid() {
        return process.pid();
    }

    long nativeAddress() {
        return nativeAddress;
    }

    /** The child's {@code array <bits> native <bits>} answer, or null if it died or hung meanwhile. */
    String check() {
        try {
            in.write("check\n");
            in.flush();
            return readLine(30);
        } catch (IOException e) {
            return null;
        }
    }

    /** Waits for the first line with a timeout, as a flip may have left the child hung. */
    private String readLine(int seconds) throws IOException {
        CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return line.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    static Path testClasses() {
        try {
            return Path.of(MemoryPatternChild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
