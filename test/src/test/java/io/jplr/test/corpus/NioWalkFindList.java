package io.jplr.test.corpus;

import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Files.walk/find/list, sorted, with depth limits and symlinks followed; a file, a missing dir, a loop. */
public final class NioWalkFindList {
    public static void main(String[] args) throws Exception {
        for (String name : new String[] {"top.txt", "a/one.txt", "a/two.log", "a/b/three.txt", "a/b/c/four.txt",
                "z/empty-sibling.txt"}) {
            Path path = Path.of(name);
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            Files.writeString(path, name);
        }
        Files.createDirectory(Path.of("empty"));
        Files.createSymbolicLink(Path.of("a/b/up"), Path.of(".."));
        Files.createSymbolicLink(Path.of("link-to-z"), Path.of("z"));
        System.out.println("walk . " + sorted(Files.walk(Path.of("."))));
        System.out.println("walk a depth 1 " + sorted(Files.walk(Path.of("a"), 1)));
        System.out.println("walk a depth 0 " + sorted(Files.walk(Path.of("a"), 0)));
        System.out.println("walk link-to-z (not followed) " + sorted(Files.walk(Path.of("link-to-z"))));
        System.out.println("walk . following links, depth 2 "
                + sorted(Files.walk(Path.of("."), 2, FileVisitOption.FOLLOW_LINKS)));
        System.out.println("find *.txt " + sorted(Files.find(Path.of("."), 10,
                (path, attributes) -> attributes.isRegularFile() && path.toString().endsWith(".txt"))));
        System.out.println("find directories " + sorted(Files.find(Path.of("a"), 10,
                (path, attributes) -> attributes.isDirectory())));
        System.out.println("find symlinks " + sorted(Files.find(Path.of("."), 10,
                (path, attributes) -> attributes.isSymbolicLink())));
        System.out.println("list . " + sorted(Files.list(Path.of("."))));
        System.out.println("list a " + sorted(Files.list(Path.of("a"))));
        System.out.println("list empty " + sorted(Files.list(Path.of("empty"))));
        System.out.println("list link-to-z " + sorted(Files.list(Path.of("link-to-z"))));
        show("list on a file", () -> sorted(Files.list(Path.of("top.txt"))));
        show("list on a missing directory", () -> sorted(Files.list(Path.of("missing"))));
        show("walk on a missing directory", () -> sorted(Files.walk(Path.of("missing"))));
        show("walk on a file", () -> sorted(Files.walk(Path.of("top.txt"))));
        show("find on a missing directory", () -> sorted(Files.find(Path.of("missing"), 3, (p, a) -> true)));
        show("walk with negative depth", () -> sorted(Files.walk(Path.of("."), -1)));
        show("walk following a loop", () -> sorted(Files.walk(Path.of("a"), FileVisitOption.FOLLOW_LINKS)));
    }

    private static String sorted(Stream<Path> paths) {
        try (paths) {
            return paths.map(Path::toString).sorted().collect(Collectors.toList()).toString();
        }
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
