package io.jplr.test;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Starts a real JVM: natively, or with the jPLR agent in a mode (off, DMR, TMR). Its stdin, stdout, stderr
 * and exit status are the test's to check.
 */
public final class Launch {
    public static final Path AGENT = Path.of(System.getProperty("jplr.agent.jar", "../agent/target/jplr-agent.jar"));
    public static final Path SAMPLES =
            Path.of(System.getProperty("jplr.samples.jar", "../samples/target/jplr-samples.jar"));
    public static final Path TEST_CLASSES = Path.of(System.getProperty("jplr.test.classes", "target/test-classes"));
    private static final long TIMEOUT_SECONDS = 120;

    private final Jvm jvm;
    private final List<String> jvmOptions = new ArrayList<>();
    private final List<String> application = new ArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private byte[] stdin = new byte[0];
    private Path directory;

    private Launch(Jvm jvm) {
        this.jvm = jvm;
        // The tests' own environment must not set jPLR up behind their backs.
        environment.put("PLR_MODE", null);
        environment.put("PLR_REPLICAS", null);
    }

    /** A native run: no agent. */
    public static Launch on(Jvm jvm) {
        return new Launch(jvm);
    }

    /** Under jPLR in {@code mode} (off, DMR, TMR), set with -Dplr.mode. */
    public static Launch under(String mode, Jvm jvm) {
        return new Launch(jvm).agent("").option("-Dplr.mode=" + mode);
    }

    /** Attaches the agent with these agent arguments (may be empty). */
    public Launch agent(String agentArguments) {
        jvmOptions.add(0, "-javaagent:" + AGENT.toAbsolutePath() + (agentArguments.isEmpty() ? "" : "=" + agentArguments));
        return this;
    }

    public Launch option(String option) {
        jvmOptions.add(option);
        return this;
    }

    public Launch env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    /** Starts the JVM in {@code directory} (its working directory) instead of the test's own. */
    public Launch in(Path directory) {
        this.directory = directory;
        return this;
    }

    public Launch stdin(byte[] bytes) {
        this.stdin = bytes;
        return this;
    }

    /** Runs {@code java -jar jplr-samples.jar ARGS}. */
    public Launch sample(String... arguments) {
        application.add("-jar");
        application.add(SAMPLES.toAbsolutePath().toString());
        application.addAll(List.of(arguments));
        return this;
    }

    /** Runs a test application class from this module's test classes. */
    public Launch app(Class<?> main, String... arguments) {
        application.add("-cp");
        application.add(TEST_CLASSES.toAbsolutePath().toString());
        application.add(main.getName());
        application.addAll(List.of(arguments));
        return this;
    }

    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        command.addAll(jvmOptions);
        command.addAll(application);
        return command;
    }

    /** Starts the JVM; stdout and stderr are collected, stdin is left open for the caller. */
    public Process start() {
        ProcessBuilder builder = new ProcessBuilder(command());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs to the end, feeding {@link #stdin} and closing it. */
    public Run run() {
        Process process = start();
        CompletableFuture<byte[]> out = drain(process.getInputStream());
        CompletableFuture<byte[]> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        } catch (IOException closedEarly) {
            // The program did not read all of its input; natively that is not an error either.
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("timed out after " + TIMEOUT_SECONDS + " s: " + command());
            }
            return new Run(out.join(), err.join(), process.exitValue(), process.pid());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static CompletableFuture<byte[]> drain(InputStream stream) {
        // A thread per stream: a shared pool with one worker could wait on stdout while stderr fills up.
        return CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, DRAINERS);
    }

    private static final java.util.concurrent.ExecutorService DRAINERS =
            java.util.concurrent.Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "drain");
                thread.setDaemon(true);
                return thread;
            });
}
