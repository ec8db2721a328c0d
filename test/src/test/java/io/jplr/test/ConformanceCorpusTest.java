package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance corpus: every program of {@code io.jplr.test.corpus} runs natively, under DMR and under TMR
 * (and, where JDK 25 is installed, natively and under TMR on JDK 25), each run in its own fresh empty working
 * directory. Every jPLR run must give the native run's stdout, stderr and exit status byte for byte and leave
 * the same file tree behind: the same relative names, types, file contents, symlink targets and permissions.
 */
class ConformanceCorpusTest {
    private static final String PACKAGE = "io.jplr.test.corpus";
    private static final int MINIMUM_PROGRAMS = 42;
    private static final Path TEMP_ROOT = Path.of(System.getProperty("java.io.tmpdir"));
    /**
     * Options for every run, native and under jPLR alike: they only make JVM start-up cheaper (no C2, one GC
     * thread), which keeps the 13 JVM starts per program (1 native, 3 DMR, 4 TMR; and 1 + 4 on JDK 25) within
     * the time budget on a 2-core machine. The programs are short; none of them depends on C2 or the GC.
     */
    private static final List<String> FAST_START = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /** The corpus programs: every top-level class of the package with a main method, sorted by name. */
    static List<String> programs() {
        Path directory = Launch.TEST_CLASSES.resolve(PACKAGE.replace('.', '/'));
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()))
                    .filter(ConformanceCorpusTest::hasMain)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the corpus in " + directory, e);
        }
    }

    @Test
    void theCorpusIsComplete() {
        List<String> programs = programs();
        assertTrue(programs.size() >= MINIMUM_PROGRAMS,
                "expected at least " + MINIMUM_PROGRAMS + " corpus programs, found " + programs.size() + ": " + programs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void sameAsNative(String program) throws Exception {
        Class<?> main = Class.forName(PACKAGE + "." + program);
        List<String> problems = new ArrayList<>();
        Jvm current = Jvm.current();
        Outcome expected = run(Launch.on(current), main);
        assertFalse(expected.run.stdout().length == 0 && expected.run.stderr().length == 0,
                program + " printed nothing natively on " + current + ": " + expected.run);
        for (String mode : List.of("DMR", "TMR")) {
            compare(program, mode, current, expected, run(Launch.under(mode, current), main), problems);
        }
        Optional<Jvm> jdk25 = jdk25();
        if (jdk25.isPresent()) {
            Outcome expected25 = run(Launch.on(jdk25.get()), main);
            compare(program, "TMR", jdk25.get(), expected25, run(Launch.under("TMR", jdk25.get()), main), problems);
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n\n", problems));
        }
    }

    /** JDK 25, when it is installed and is not already the JDK the tests run on. */
    private static Optional<Jvm> jdk25() {
        List<Jvm> all = Jvm.all();
        return all.stream().skip(1).filter(jvm -> jvm.name().equals("jdk25"))
                .filter(jvm -> !all.get(0).name().equals("jdk25")).findFirst();
    }

    private static boolean hasMain(String simpleName) {
        try {
            Method main = Class.forName(PACKAGE + "." + simpleName, false, ConformanceCorpusTest.class.getClassLoader())
                    .getMethod("main", String[].class);
            return Modifier.isStatic(main.getModifiers());
        } catch (ReflectiveOperationException | LinkageError notAProgram) {
            return false;
        }
    }

    /** One run in a fresh empty directory under java.io.tmpdir, and the tree it left there; the directory is removed. */
    private static Outcome run(Launch launch, Class<?> main) throws IOException {
        Path directory = Files.createTempDirectory(TEMP_ROOT, "jplr-corpus-").toRealPath();
        try {
            Path testClasses = Launch.TEST_CLASSES.toAbsolutePath().normalize();
            Path repository = testClasses.getParent().getParent().getParent();
            assertFalse(directory.startsWith(testClasses) || directory.startsWith(repository),
                    "the working directory must be outside the test classes and the repository: " + directory);
            FAST_START.forEach(launch::option);
            Run run = launch.in(directory).env("CORPUS_VARIABLE", "corpus-value").app(main).run();
            return new Outcome(run, tree(directory));
        } finally {
            deleteRecursively(directory);
        }
    }

    private static void compare(String program, String mode, Jvm jvm, Outcome expected, Outcome actual,
            List<String> problems) {
        List<String> differences = new ArrayList<>();
        if (expected.run.exitStatus() != actual.run.exitStatus()) {
            differences.add("exit status: native " + expected.run.exitStatus() + ", " + mode + " "
                    + actual.run.exitStatus());
        }
        if (!Arrays.equals(expected.run.stdout(), actual.run.stdout())) {
            differences.add("stdout differs:\n" + diff(expected.run.out(), actual.run.out()));
        }
        if (!Arrays.equals(expected.run.stderr(), actual.run.stderr())) {
            differences.add("stderr differs:\n" + diff(expected.run.err(), actual.run.err()));
        }
        String treeDifferences = treeDiff(expected.tree, actual.tree);
        if (!treeDifferences.isEmpty()) {
            differences.add("file tree differs:\n" + treeDifferences);
        }
        if (!differences.isEmpty()) {
            String jplrLines = actual.run.err().lines().filter(line -> line.startsWith("jplr:"))
                    .collect(Collectors.joining("\n"));
            problems.add(program + " under " + mode + " on " + jvm + " differs from the native run:\n"
                    + String.join("\n", differences)
                    + (jplrLines.isEmpty() ? "" : "\njplr lines on stderr:\n" + jplrLines));
        }
    }

    /** A line diff of two outputs (longest common subsequence): changed lines with their line numbers. */
    static String diff(String expected, String actual) {
        List<String> left = expected.lines().collect(Collectors.toList());
        List<String> right = actual.lines().collect(Collectors.toList());
        if (left.equals(right)) {
            return "  (the same lines; they differ in line ends or a final newline: native " + expected.length()
                    + " chars, jPLR " + actual.length() + ")";
        }
        int start = 0;
        while (start < left.size() && start < right.size() && left.get(start).equals(right.get(start))) {
            start++;
        }
        int leftEnd = left.size();
        int rightEnd = right.size();
        while (leftEnd > start && rightEnd > start && left.get(leftEnd - 1).equals(right.get(rightEnd - 1))) {
            leftEnd--;
            rightEnd--;
        }
        List<String> a = left.subList(start, leftEnd);
        List<String> b = right.subList(start, rightEnd);
        StringBuilder out = new StringBuilder();
        if ((long) a.size() * b.size() > 4_000_000L) {
            out.append("  @@ native lines ").append(start + 1).append("-").append(leftEnd).append(", jPLR lines ")
                    .append(start + 1).append("-").append(rightEnd).append('\n');
            appendLines(out, "  - ", a);
            appendLines(out, "  + ", b);
            return out.toString().stripTrailing();
        }
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        String header = "";
        int i = 0;
        int j = 0;
        int shown = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                shown += flush(out, header, removed, added, shown);
                i++;
                j++;
                continue;
            }
            if (removed.isEmpty() && added.isEmpty()) {
                header = "  @@ native line " + (start + i + 1) + ", jPLR line " + (start + j + 1) + "\n";
            }
            if (j < b.size() && (i == a.size() || common[i][j + 1] >= common[i + 1][j])) {
                added.add(b.get(j++));
            } else {
                removed.add(a.get(i++));
            }
        }
        flush(out, header, removed, added, shown);
        return out.toString().stripTrailing();
    }

    private static int flush(StringBuilder out, String header, List<String> removed, List<String> added,
            int shownSoFar) {
        int lines = removed.size() + added.size();
        if (lines > 0 && shownSoFar < 200) {
            out.append(header);
            appendLines(out, "  - ", removed);
            appendLines(out, "  + ", added);
        }
        removed.clear();
        added.clear();
        return lines;
    }

    private static void appendLines(StringBuilder out, String marker, List<String> lines) {
        int shown = Math.min(lines.size(), 40);
        for (String line : lines.subList(0, shown)) {
            out.append(marker).append(line.length() > 300 ? line.substring(0, 300) + "..." : line).append('\n');
        }
        if (lines.size() > shown) {
            out.append(marker).append("... ").append(lines.size() - shown).append(" more lines\n");
        }
    }

    /** What a run left in its directory, by relative name (sorted); absolute link targets into it are relative. */
    private static Map<String, Entry> tree(Path directory) throws IOException {
        Map<String, Entry> tree = new TreeMap<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(directory)) {
                    tree.put(directory.relativize(dir).toString(), new Entry("dir", permissions(dir), null, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String name = directory.relativize(file).toString();
                if (attributes.isSymbolicLink()) {
                    String target = Files.readSymbolicLink(file).toString().replace(directory.toString(), "<dir>");
                    tree.put(name, new Entry("symlink", null, null, target));
                } else if (attributes.isRegularFile()) {
                    tree.put(name, new Entry("file", permissions(file), readable(file), null));
                } else {
                    tree.put(name, new Entry("other", permissions(file), null, null));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                tree.put(directory.relativize(file).toString(), new Entry("unreadable: " + failure, null, null, null));
                return FileVisitResult.CONTINUE;
            }
        });
        return tree;
    }

    /** A file's bytes, also when the program left it without read permission (the test may not run as root). */
    private static byte[] readable(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (java.nio.file.AccessDeniedException denied) {
            var before = Files.getPosixFilePermissions(file);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            try {
                return Files.readAllBytes(file);
            } finally {
                Files.setPosixFilePermissions(file, before);
            }
        }
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static String treeDiff(Map<String, Entry> expected, Map<String, Entry> actual) {
        StringBuilder out = new StringBuilder();
        TreeSet<String> names = new TreeSet<>(expected.keySet());
        names.addAll(actual.keySet());
        for (String name : names) {
            Entry left = expected.get(name);
            Entry right = actual.get(name);
            if (left == null) {
                out.append("  + ").append(name).append(" (").append(right.describe()).append(") only under jPLR\n");
            } else if (right == null) {
                out.append("  - ").append(name).append(" (").append(left.describe()).append(") only natively\n");
            } else if (!left.sameAs(right)) {
                out.append("  ! ").append(name).append(": native ").append(left.describe()).append(", jPLR ")
                        .append(right.describe()).append(left.contentDifference(right)).append('\n');
            }
        }
        return out.toString().stripTrailing();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                // A program may leave a directory without write or search permission.
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private record Outcome(Run run, Map<String, Entry> tree) {
    }

    /** One entry of a file tree: its type, permissions (not for symlinks), content (files) or target (symlinks). */
    private record Entry(String type, String permissions, byte[] content, String target) {
        boolean sameAs(Entry other) {
            return type.equals(other.type) && java.util.Objects.equals(permissions, other.permissions)
                    && Arrays.equals(content, other.content) && java.util.Objects.equals(target, other.target);
        }

        String describe() {
            StringBuilder out = new StringBuilder(type);
            if (permissions != null) {
                out.append(' ').append(permissions);
            }
            if (content != null) {
                out.append(", ").append(content.length).append(" bytes");
            }
            if (target != null) {
                out.append(" -> ").append(target);
            }
            return out.toString();
        }

        String contentDifference(Entry other) {
            if (content == null || other.content == null || Arrays.equals(content, other.content)) {
                return "";
            }
            int at = Arrays.mismatch(content, other.content);
            return "; contents differ from byte " + at + ": native \"" + preview(content, at) + "\", jPLR \""
                    + preview(other.content, at) + "\"";
        }

        private static String preview(byte[] bytes, int from) {
            int start = Math.max(0, from - 10);
            int end = Math.min(bytes.length, from + 30);
            String text = new String(bytes, start, Math.max(0, end - start), StandardCharsets.ISO_8859_1);
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
            }
            return out.toString();
        }
    }
}
