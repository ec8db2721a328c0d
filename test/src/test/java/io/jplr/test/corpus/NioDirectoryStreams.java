package io.jplr.test.corpus;

import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** Files.newDirectoryStream: all, glob, filter, sorted; a file, a missing dir, a bad glob, iterator twice. */
public final class NioDirectoryStreams {
    public static void main(String[] args) throws Exception {
        for (String name : new String[] {"b.java", "a.java", "c.class", "notes.txt", "README", ".hidden.java"}) {
            Files.createFile(Path.of(name));
        }
        Files.createDirectory(Path.of("dir.java"));
        Files.createFile(Path.of("dir.java/inner.java"));
        System.out.println("all " + list(Files.newDirectoryStream(Path.of("."))));
        System.out.println("*.java " + list(Files.newDirectoryStream(Path.of("."), "*.java")));
        System.out.println("*.{java,class} " + list(Files.newDirectoryStream(Path.of("."), "*.{java,class}")));
        System.out.println("[a-b]* " + list(Files.newDirectoryStream(Path.of("."), "[a-b]*")));
        System.out.println("?????? " + list(Files.newDirectoryStream(Path.of("."), "??????")));
        System.out.println("directories " + list(Files.newDirectoryStream(Path.of("."), Files::isDirectory)));
        System.out.println("dir.java " + list(Files.newDirectoryStream(Path.of("dir.java"))));
        show("on a file", () -> list(Files.newDirectoryStream(Path.of("README"))));
        show("on a missing directory", () -> list(Files.newDirectoryStream(Path.of("missing"))));
        show("bad glob", () -> list(Files.newDirectoryStream(Path.of("."), "[unclosed")));
        show("iterator twice", () -> {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(Path.of("."))) {
                stream.iterator();
                stream.iterator();
                return "twice";
            }
        });
        show("iterator after close", () -> {
            DirectoryStream<Path> stream = Files.newDirectoryStream(Path.of("."));
            stream.close();
            return stream.iterator();
        });
        show("hasNext after close", () -> {
            DirectoryStream<Path> stream = Files.newDirectoryStream(Path.of("."));
            Iterator<Path> iterator = stream.iterator();
            stream.close();
            return iterator.hasNext();
        });
    }

    private static List<String> list(DirectoryStream<Path> stream) throws Exception {
        List<String> names = new ArrayList<>();
        try (stream) {
            for (Path path : stream) {
                names.add(path.toString());
            }
        }
        Collections.sort(names);
        return names;
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
