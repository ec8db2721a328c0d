package io.jplr.test.corpus;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Files.walkFileTree with visitors: events sorted, SKIP_SUBTREE, a recursive copy and delete; failures seen. */
public final class NioWalkFileTree {
    public static void main(String[] args) throws Exception {
        for (String name : new String[] {"tree/a.txt", "tree/sub/b.txt", "tree/sub/deep/c.txt", "tree/skip/d.txt"}) {
            Files.createDirectories(Path.of(name).getParent());
            Files.writeString(Path.of(name), "content of " + name);
        }
        List<String> events = new ArrayList<>();
        Files.walkFileTree(Path.of("tree"), new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                events.add("pre " + dir);
                return dir.endsWith("skip") ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                events.add("file " + file + " " + attributes.size() + " regular=" + attributes.isRegularFile());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
                events.add("post " + dir + " " + failure);
                return FileVisitResult.CONTINUE;
            }
        });
        Collections.sort(events);
        events.forEach(System.out::println);
        Path source = Path.of("tree");
        Path target = Path.of("copy");
        Files.walkFileTree(source, new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectory(target.resolve(source.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file)));
                return FileVisitResult.CONTINUE;
            }
        });
        System.out.println("copied; deleting tree/sub");
        Files.walkFileTree(Path.of("tree/sub"), new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        System.out.println("tree/sub exists " + Files.exists(Path.of("tree/sub")));
        List<String> failures = new ArrayList<>();
        Files.walkFileTree(Path.of("missing"), new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException failure) {
                failures.add(file + " " + failure.getClass().getName() + ": " + failure.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
        System.out.println("visitFileFailed " + failures);
        try {
            Files.walkFileTree(Path.of("missing"), new SimpleFileVisitor<Path>() { });
        } catch (IOException e) {
            System.out.println("default visitor: " + e.getClass().getName() + ": " + e.getMessage());
        }
        List<String> stopped = new ArrayList<>();
        Files.walkFileTree(Path.of("copy"), new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                stopped.add(file.toString());
                return FileVisitResult.TERMINATE;
            }
        });
        System.out.println("TERMINATE after " + stopped.size() + " file");
    }
}
