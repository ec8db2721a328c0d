package io.jplr.replica;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A JDK to run a test's child JVM on: the one running the tests, and JDK 25 where it is installed, so that
 * what is parsed out of a JVM's output is checked against what each JDK really prints.
 */
record ChildJvm(String name, Path java) {
    static List<ChildJvm> all() {
        List<ChildJvm> jvms = new ArrayList<>();
        jvms.add(new ChildJvm("jdk" + Runtime.version().feature(),
                Path.of(System.getProperty("java.home"), "bin", "java")));
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            installed.filter(p -> p.getFileName().toString().matches(".*-25(-.*|$)"))
                    .map(p -> p.resolve("bin/java"))
                    .filter(Files::isExecutable)
                    .filter(java -> Runtime.version().feature() != 25)
                    .findFirst()
                    .ifPresent(java -> jvms.add(new ChildJvm("jdk25", java)));
        } catch (IOException noneInstalled) {
            // Only the JDK running the tests then.
        }
        return jvms;
    }

    /**
     * Starts {@code main} (a class of the test classes) on this JDK, its stdout and stderr appended to
     * {@code log} as a replica's are.
     */
    Process start(Class<?> main, Path log, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xshare:auto", "-cp", testClasses()));
        command.addAll(jvmOptions);
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static String testClasses() {
        try {
            return Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
