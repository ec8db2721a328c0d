package io.jplr.test.corpus;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Files.move: rename, ATOMIC_MOVE, REPLACE_EXISTING, directories, links; existing targets, missing sources. */
public final class NioMove {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("a.txt"), "a");
        Files.writeString(Path.of("b.txt"), "b");
        System.out.println("move a -> moved " + Files.move(Path.of("a.txt"), Path.of("moved.txt")));
        System.out.println("a exists " + Files.exists(Path.of("a.txt")) + " moved " + Files.readString(Path.of("moved.txt")));
        show("move onto an existing file", () -> Files.move(Path.of("moved.txt"), Path.of("b.txt")));
        System.out.println("move REPLACE_EXISTING " + Files.move(Path.of("moved.txt"), Path.of("b.txt"), REPLACE_EXISTING));
        System.out.println("b now " + Files.readString(Path.of("b.txt")));
        Files.writeString(Path.of("c.txt"), "c");
        System.out.println("ATOMIC_MOVE " + Files.move(Path.of("c.txt"), Path.of("atomic.txt"), ATOMIC_MOVE));
        System.out.println("ATOMIC_MOVE over an existing file " + Files.move(Path.of("atomic.txt"), Path.of("b.txt"),
                ATOMIC_MOVE));
        System.out.println("b now " + Files.readString(Path.of("b.txt")));
        Files.createDirectories(Path.of("dir/inner"));
        Files.writeString(Path.of("dir/inner/f.txt"), "f");
        System.out.println("move a directory " + Files.move(Path.of("dir"), Path.of("renamed-dir")));
        System.out.println("content moved along " + Files.readString(Path.of("renamed-dir/inner/f.txt")));
        System.out.println("move into a directory " + Files.move(Path.of("b.txt"), Path.of("renamed-dir/b.txt")));
        Files.createDirectory(Path.of("empty"));
        Files.createDirectory(Path.of("other-empty"));
        System.out.println("move a directory over an empty one " + Files.move(Path.of("other-empty"), Path.of("empty"),
                REPLACE_EXISTING));
        Files.createSymbolicLink(Path.of("link"), Path.of("renamed-dir"));
        System.out.println("move a link " + Files.move(Path.of("link"), Path.of("moved-link")));
        System.out.println("moved link target " + Files.readSymbolicLink(Path.of("moved-link")) + " is link "
                + Files.isSymbolicLink(Path.of("moved-link")));
        System.out.println("move onto itself " + Files.move(Path.of("renamed-dir/b.txt"), Path.of("renamed-dir/b.txt")));
        show("move a missing file", () -> Files.move(Path.of("missing.txt"), Path.of("x.txt")));
        show("ATOMIC_MOVE a missing file", () -> Files.move(Path.of("missing.txt"), Path.of("x.txt"), ATOMIC_MOVE));
        show("move into a missing directory", () -> Files.move(Path.of("renamed-dir/b.txt"), Path.of("no/b.txt")));
        show("move a directory over a non-empty one", () -> Files.move(Path.of("empty"), Path.of("renamed-dir"),
                REPLACE_EXISTING));
        show("move a directory into itself", () -> Files.move(Path.of("renamed-dir"), Path.of("renamed-dir/inner/x")));
        Files.writeString(Path.of("file.txt"), "file");
        show("ATOMIC_MOVE a file over a directory", () -> Files.move(Path.of("file.txt"), Path.of("empty"), ATOMIC_MOVE));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
