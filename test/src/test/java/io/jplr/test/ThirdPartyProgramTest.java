package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unmodified third-party programs from Maven Central give the same stdout, stderr, exit status and files
 * natively and under jPLR (DMR and TMR): Mozilla Rhino's JavaScript shell running scripts that read, write,
 * rename and delete files and read stdin, Apache Commons Compress's own command-line tools, and Commons
 * Compress with XZ for Java, Commons IO and Commons Codec driven from a Rhino script.
 *
 * <p>Each run starts in a fresh working directory (under the temporary directory, outside the repository)
 * holding fresh copies of the inputs; every step of a scenario runs in it in turn, and afterwards the whole
 * tree (names, kinds and bytes) is compared with the native run's. The jars come from Maven (see this
 * module's pom: maven-dependency-plugin's {@code properties} goal hands their paths to surefire).
 */
class ThirdPartyProgramTest {
    private static final Path SCRIPTS = Launch.TEST_CLASSES.resolve("thirdparty");
    private static final long TIMEOUT_SECONDS = 90;

    private static final String RHINO = "org.mozilla.javascript.tools.shell.Main";
    private static final String LISTER = "org.apache.commons.compress.archivers.Lister";
    private static final String SEVEN_Z_CLI = "org.apache.commons.compress.archivers.sevenz.CLI";

    /** JVM options of every run, natively and under jPLR: non-ASCII output as UTF-8 bytes on every JDK. */
    private static final List<String> ENCODING =
            List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8");

    /** A program that the Rhino shell reads from stdin, as typed at its prompt. */
    private static final byte[] REPL_INPUT = String.join("\n",
            "var w = new java.io.FileWriter('typed.txt'); w.write('typed at the prompt\\n'); w.close();",
            "print('typed.txt: ' + readFile('typed.txt').length + ' chars');",
            "var answer = readline();",
            "a line that is no JavaScript",
            "print('read back: ' + answer);",
            "java.nio.file.Files.move(java.nio.file.Paths.get('typed.txt'), java.nio.file.Paths.get('out/typed.moved'));",
            "java.lang.System.err.println('bye from the prompt, caf\\u00e9');",
            "quit(5)",
            "print('never reached')",
            "").getBytes(StandardCharsets.UTF_8);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path temp;

    /** One program run of a scenario: a main class, its class path, arguments and stdin. */
    private record Step(String name, List<Path> classPath, String mainClass, List<String> arguments, byte[] stdin) {
        static Step of(String name, List<Path> classPath, String mainClass, String... arguments) {
            return new Step(name, classPath, mainClass, List.of(arguments), new byte[0]);
        }

        Step stdin(byte[] bytes) {
            return new Step(name, classPath, mainClass, arguments, bytes);
        }
    }

    /** What a scenario left behind: each step's run, and the working directory's tree. */
    private record Outcome(List<Run> runs, Map<String, String> tree) {
    }

    /** Every installed JDK (the JDK running the tests, and JDK 25 where installed). */
    static Stream<Jvm> jvms() {
        return Jvm.all().stream();
    }

    /** The JDK running the tests only: the library-heavy scenarios would take the test past a minute. */
    static Stream<Jvm> currentJvm() {
        return Stream.of(Jvm.current());
    }

    /**
     * Rhino 1.7.15 runs textstats.js (built-in readFile, java.io and java.nio.file from JavaScript: counts
     * words, sorts lines, writes two files, appends, renames, copies, seeks, lists and deletes, prints a
     * summary, warns on stderr, exits 3), then its interactive shell reads a program from stdin (prompts on
     * stderr, a syntax error, readline(), a file written and moved, quit(5)).
     */
    @ParameterizedTest(name = "on {0}")
    @MethodSource("jvms")
    void rhinoScriptsWorkOnFiles(Jvm jvm) throws IOException {
        List<Path> rhino = List.of(jar("rhino"));
        compare(jvm, List.of("poem.txt", "textstats.js"), List.of(
                Step.of("textstats.js", rhino, RHINO, "textstats.js", "poem.txt", "out"),
                Step.of("interactive shell", rhino, RHINO).stdin(REPL_INPUT)));
    }

    /**
     * Rhino runs archive.js with Commons Compress 1.28.0, XZ for Java 1.12, Commons IO and Commons Codec:
     * it packs three files (one of them 48 KiB of random bytes) into tar.xz, tar.gz, zip (through a seekable
     * channel) and 7z (random access), writes a raw .xz and reads it back with SeekableXZInputStream, unpacks
     * every archive and checks the round trip, prints sizes, CRC-32s and SHA-256s, and deletes the tar.gz
     * and its extraction. Then Commons Compress's own mains read the archives: its 7z CLI lists the 7z (entry
     * sizes, dates and methods), and its Lister fails on the zip with a stack trace and exit status 1.
     */
    @ParameterizedTest(name = "on {0}")
    @MethodSource("currentJvm")
    void commonsCompressArchivesFiles(Jvm jvm) throws IOException {
        List<Path> all = List.of(jar("rhino"), jar("compress"), jar("xz"), jar("io"), jar("lang3"), jar("codec"));
        List<Path> compress = List.of(jar("compress"), jar("xz"), jar("io"), jar("lang3"), jar("codec"));
        compare(jvm, List.of("poem.txt", "data.bin", "textstats.js", "archive.js"), List.of(
                Step.of("archive.js", all, RHINO, "archive.js", "out", "poem.txt", "data.bin", "textstats.js"),
                Step.of("7z CLI", compress, SEVEN_Z_CLI, "out/bundle.7z", "list"),
                Step.of("Lister failing on the zip", compress, LISTER, "out/bundle.zip", "zipfile")));
    }

    /**
     * Rhino runs tidy.js with Commons IO: the everyday file chores of Java programs through FileUtils
     * (forceMkdir, copyFileToDirectory, writeStringToFile with append, writeLines, copyDirectory, moveFile,
     * listFiles, sizeOfDirectory, contentEquals, forceDelete, deleteDirectory, cleanDirectory).
     */
    @ParameterizedTest(name = "on {0}")
    @MethodSource("currentJvm")
    void commonsIoFileChores(Jvm jvm) throws IOException {
        compare(jvm, List.of("poem.txt", "tidy.js"), List.of(
                Step.of("tidy.js", List.of(jar("rhino"), jar("io")), RHINO, "tidy.js", "poem.txt", "work")));
    }

    // ------------------------------------------------------------------ running and comparing

    private void compare(Jvm jvm, List<String> inputs, List<Step> steps) throws IOException {
        Outcome expected = runAll(jvm, null, inputs, steps);
        assertTrue(expected.runs().stream().allMatch(run -> run.stdout().length > 0),
                "a step printed nothing natively: " + expected.runs());
        for (String mode : List.of("DMR", "TMR")) {
            Outcome actual = runAll(jvm, mode, inputs, steps);
            for (int i = 0; i < steps.size(); i++) {
                Run want = expected.runs().get(i);
                Run got = actual.runs().get(i);
                String context = "step '" + steps.get(i).name() + "' under " + mode + " on " + jvm
                        + "\n=== native: " + want + "\n=== " + mode + ": " + got;
                assertEquals(want.out(), got.out(), "stdout of " + context);
                assertEquals(want.err(), got.err(), "stderr of " + context);
                assertEquals(want.exitStatus(), got.exitStatus(), "exit status of " + context);
                assertTrue(Arrays.equals(want.stdout(), got.stdout()), "stdout bytes of " + context);
                assertTrue(Arrays.equals(want.stderr(), got.stderr()), "stderr bytes of " + context);
            }
            if (!expected.tree().equals(actual.tree())) {
                fail("the files left under " + mode + " on " + jvm + " differ from the native run's:\n"
                        + treeDiff(expected.tree(), actual.tree()));
            }
        }
    }

    private Outcome runAll(Jvm jvm, String mode, List<String> inputs, List<Step> steps) throws IOException {
        Path directory = temp.resolve(mode == null ? "native" : mode);
        Files.createDirectories(directory);
        for (String input : inputs) {
            if (input.equals("data.bin")) {
                byte[] data = new byte[48 * 1024];
                new Random(20240601).nextBytes(data);
                Files.write(directory.resolve(input), data);
            } else {
                Files.copy(SCRIPTS.resolve(input), directory.resolve(input));
            }
        }
        List<Run> runs = new ArrayList<>();
        for (Step step : steps) {
            runs.add(run(jvm, mode, directory, step));
        }
        return new Outcome(runs, tree(directory));
    }

    /** {@code java [agent] -cp JARS MAIN ARGS} in {@code directory}, natively when {@code mode} is null. */
    private static Run run(Jvm jvm, String mode, Path directory, Step step) {
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        if (mode != null) {
            command.add("-javaagent:" + Launch.AGENT.toAbsolutePath());
            command.add("-Dplr.mode=" + mode);
        }
        command.addAll(ENCODING);
        command.add("-cp");
        command.add(step.classPath().stream().map(Path::toString).collect(Collectors.joining(":")));
        command.add(step.mainClass());
        command.addAll(step.arguments());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        // The tests' own environment must not set jPLR up behind their backs.
        builder.environment().remove("PLR_MODE");
        builder.environment().remove("PLR_REPLICAS");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CompletableFuture<byte[]> out = Launch.drain(process.getInputStream());
        CompletableFuture<byte[]> err = Launch.drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(step.stdin());
        } catch (IOException closedEarly) {
            // The program did not read all of its input; natively that is not an error either.
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail("step '" + step.name() + "' timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Run(out.join(), err.join(), process.exitValue(), process.pid());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every file and directory under {@code root}: relative name to "dir", or size and SHA-256. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String name = root.relativize(path).toString();
                if (name.isEmpty()) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    tree.put(name, "dir");
                } else {
                    byte[] bytes = Files.readAllBytes(path);
                    tree.put(name, bytes.length + " bytes, sha256 " + sha256(bytes));
                }
            }
        }
        return tree;
    }

    private static String treeDiff(Map<String, String> expected, Map<String, String> actual) {
        StringBuilder diff = new StringBuilder();
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            String want = expected.get(name);
            String got = actual.get(name);
            if (want == null || !want.equals(got)) {
                diff.append("  ").append(name).append(": native ").append(want == null ? "absent" : want)
                        .append(", jPLR ").append(got == null ? "absent" : got).append('\n');
            }
        }
        return diff.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A third-party jar, from the system property {@code jplr.thirdparty.NAME} that this module's pom sets. */
    private static Path jar(String name) {
        String property = "jplr.thirdparty." + name;
        String value = System.getProperty(property);
        if (value == null || value.startsWith("${")) {
            fail(property + " is not set: run this test through Maven (mvn verify -pl test), whose pom sets it");
        }
        Path jar = Path.of(value);
        assertTrue(Files.isRegularFile(jar), property + " names no file: " + jar);
        return jar;
    }
}
