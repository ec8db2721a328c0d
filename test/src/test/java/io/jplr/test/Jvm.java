package io.jplr.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** A JDK the end-to-end tests run applications on: the one running the tests, and JDK 25 where installed. */
public record Jvm(String name, Path java) {
    public static List<Jvm> all() {
        List<Jvm> jvms = new ArrayList<>();
        jvms.add(new Jvm("jdk" + Runtime.version().feature(), Path.of(System.getProperty("java.home"), "bin", "java")));
        try (Stream<Path> installed = Files.list(Path.of("/usr/lib/jvm"))) {
            installed.filter(p -> p.getFileName().toString().matches(".*-25(-.*|$)|.*-25-jdk.*"))
                    .map(p -> p.resolve("bin/java"))
                    .filter(Files::isExecutable)
                    .findFirst()
                    .ifPresent(java -> jvms.add(new Jvm("jdk25", java)));
        } catch (Exception noneInstalled) {
            // Only the default JDK then.
        }
        return jvms;
    }

    /** The default JDK (the one running the tests). */
    public static Jvm current() {
        return all().get(0);
    }

    @Override
    public String toString() {
        return name;
    }
}
