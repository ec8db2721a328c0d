package io.jplr.faultinjector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.bootstrap.BranchCounter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.instrument.Instrumentation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.AnalyzerAdapter;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.ClassNode;

/**
 * The transformer installed by a real agent in a child JVM, as in a replica: BranchCounter on the bootstrap
 * class path, the application ({@link LoopApp}, moved out of {@code io.jplr}) on the class path or in a
 * named module, on each installed JDK.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackwardBranchAgentTest {
    private static final String APP = "app/LoopApp";
    private static final String MODULE = "looptest";
    private static final long TIMEOUT_SECONDS = 60;
    private static final Pattern FLIP = Pattern.compile(
            "flip app\\.LoopApp\\.sum\\(\\.\\.\\) local 1 \\(int\\) bit (\\d+): 124750 -> (-?\\d+) at backward"
                    + " branch (\\d+)");

    private Path dir;

    /** The agent's premain; its jar holds only the manifest, the class comes from the class path. */
    public static final class Agent {
        public static void premain(String arguments, Instrumentation instrumentation) throws IOException {
            // ASM is not relocated here as in the agent jar: load it before the transformer could see it.
            try (InputStream loop = ClassLoader.getSystemResourceAsStream(
                    BackwardBranchTransformerTest.IntLoop.class.getName().replace('.', '/') + ".class")) {
                BranchCountingRewriter.rewrite(loop.readAllBytes());
            }
            BackwardBranchTransformer.install(instrumentation);
        }
    }

    /** Runs in the child as {@code app.LoopApp}: counts a loop, then flips a bit of its sum. */
    public static final class LoopApp {
        public static void main(String[] args) {
            System.out.println("bootstrap " + (BranchCounter.class.getClassLoader() == null));
            System.out.println("module " + LoopApp.class.getModule().getName());
            long before = BranchCounter.count();
            int correct = sum(1000);
            System.out.println("counted " + (BranchCounter.count() - before));
            System.out.println("armed " + BranchCounter.arm(BranchCounter.count() + 500, Long.parseLong(args[0])));
            System.out.println("sums " + correct + " " + sum(1000));
            System.out.println("flip " + BranchCounter.lastFlip());
        }

        public static int sum(int n) {
            int s = 0;
            for (int i = 0; i < n; i++) {
                s += i;
            }
            return s;
        }
    }

    @BeforeAll
    void writeTheAgentAndTheApplication() throws IOException {
        dir = Files.createTempDirectory("jplr-branch-agent");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), Agent.class.getName());
        try (OutputStream file = Files.newOutputStream(dir.resolve("agent.jar"));
                JarOutputStream jar = new JarOutputStream(file, manifest)) {
            jar.flush();
        }
        byte[] app = movedToApp(BackwardBranchTransformerTest.classFile(LoopApp.class));
        Files.createDirectories(dir.resolve("classes/app"));
        Files.write(dir.resolve("classes/" + APP + ".class"), app);
        Files.createDirectories(dir.resolve("module/app"));
        Files.write(dir.resolve("module/" + APP + ".class"), app);
        Files.write(dir.resolve("module/module-info.class"), moduleInfo());
    }

    @AfterAll
    void deleteThem() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        for (Map.Entry<String, Path> jdk : jdks().entrySet()) {
            runs.add(Arguments.of(jdk.getKey(), jdk.getValue(), false));
            runs.add(Arguments.of(jdk.getKey(), jdk.getValue(), true));
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}, named module: {2}")
    @MethodSource("runs")
    void countsAndFlipsInTheChild(String jdk, Path java, boolean named) throws Exception {
        // The seed that flips s, the sum: flipping i or n could make the loop run for 2^31 iterations.
        long seed = BackwardBranchTransformerTest.seedChoosing(1, 3);

        Map<String, String> output = run(java, named, seed);

        assertEquals("true", output.get("bootstrap"), "BranchCounter comes from the bootstrap class path");
        assertEquals(named ? MODULE : "null", output.get("module"));
        assertEquals("1000", output.get("counted"), "javac's for loop: one backward GOTO per iteration");
        assertEquals("true", output.get("armed"));
        Matcher flip = FLIP.matcher("flip " + output.get("flip"));
        assertTrue(flip.matches(), output.toString());
        int bit = Integer.parseInt(flip.group(1));
        assertEquals(String.valueOf(124750 ^ (1 << bit)), flip.group(2), "the sum after 500 iterations, flipped");
        assertEquals(499500 + (124750 ^ (1 << bit)) - 124750, Integer.parseInt(output.get("sums").split(" ")[1]));
        assertEquals("499500", output.get("sums").split(" ")[0]);
    }

    /** The child's output lines as "word rest", by their first word. */
    private Map<String, String> run(Path java, boolean named, long seed) throws Exception {
        List<String> classPath = new ArrayList<>(List.of(location(BackwardBranchTransformer.class),
                location(Agent.class), location(ClassReader.class), location(AnalyzerAdapter.class),
                location(ClassNode.class)));
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto",
                "-Xbootclasspath/a:" + location(BranchCounter.class),
                "-javaagent:" + dir.resolve("agent.jar")));
        if (named) {
            command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath),
                    "-p", dir.resolve("module").toString(), "-m", MODULE + "/" + APP.replace('/', '.')));
        } else {
            classPath.add(dir.resolve("classes").toString());
            command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), APP.replace('/', '.')));
        }
        command.add(Long.toString(seed));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text;
        try (InputStream out = child.getInputStream()) {
            text = new String(out.readAllBytes());
        }
        assertTrue(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS), text);
        assertEquals(0, child.exitValue(), text);
        Map<String, String> output = new HashMap<>();
        for (String line : text.split("\n")) {
            int space = line.indexOf(' ');
            if (space > 0) {
                output.putIfAbsent(line.substring(0, space), line.substring(space + 1));
            }
        }
        output.put("", text);
        return output;
    }

    /** LoopApp as a top-level class of package {@code app}, outside {@code io.jplr}, so counted. */
    private static byte[] movedToApp(byte[] classFile) {
        ClassWriter writer = new ClassWriter(0);
        ClassVisitor dropNesting = new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visitNestHost(String nestHost) {
            }

            @Override
            public void visitInnerClass(String name, String outerName, String innerName, int access) {
            }
        };
        new ClassReader(classFile).accept(new ClassRemapper(dropNesting,
                new SimpleRemapper(LoopApp.class.getName().replace('.', '/'), APP)), 0);
        return writer.toByteArray();
    }

    private static byte[] moduleInfo() {
        ClassWriter writer = new ClassWriter(0);
        writer.visit(Opcodes.V9, Opcodes.ACC_MODULE, "module-info", null, null, null);
        ModuleVisitor module = writer.visitModule(MODULE, 0, null);
        module.visitRequire("java.base", Opcodes.ACC_MANDATED, null);
        module.visitPackage("app");
        module.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** The JDK running the tests, and JDK 25 where it is installed. */
    private static Map<String, Path> jdks() {
        Map<String, Path> jdks = new LinkedHashMap<>();
        jdks.put("jdk" + Runtime.version().feature(), Path.of(System.getProperty("java.home"), "bin", "java"));
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            installed.filter(p -> p.getFileName().toString().matches(".*-25(-.*|$)|.*-25-jdk.*"))
                    .map(p -> p.resolve("bin/java"))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .ifPresent(java -> jdks.putIfAbsent("jdk25", java));
        } catch (IOException noneInstalled) {
            // Only the JDK running the tests then.
        }
        return jdks;
    }
}
