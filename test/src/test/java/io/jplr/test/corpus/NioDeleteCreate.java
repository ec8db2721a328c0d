package io.jplr.test.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Files.delete, deleteIfExists, createDirectory, createDirectories, createFile and their exceptions. */
public final class NioDeleteCreate {
    public static void main(String[] args) throws Exception {
        System.out.println("createDirectory " + Files.createDirectory(Path.of("dir")));
        show("createDirectory again", () -> Files.createDirectory(Path.of("dir")));
        show("createDirectory without parent", () -> Files.createDirectory(Path.of("x/y")));
        show("createDirectories", () -> Files.createDirectories(Path.of("x/y/z")));
        show("createDirectories again", () -> Files.createDirectories(Path.of("x/y/z")));
        show("createDirectories with dots", () -> Files.createDirectories(Path.of("p/./q/../r")));
        System.out.println("createFile " + Files.createFile(Path.of("dir/file.txt")));
        show("createFile again", () -> Files.createFile(Path.of("dir/file.txt")));
        show("createFile in a missing directory", () -> Files.createFile(Path.of("missing/file.txt")));
        show("createDirectories through a file", () -> Files.createDirectories(Path.of("dir/file.txt/sub")));
        show("createDirectories on a file", () -> Files.createDirectories(Path.of("dir/file.txt")));
        show("createDirectory on a file", () -> Files.createDirectory(Path.of("dir/file.txt")));
        Files.createSymbolicLink(Path.of("dir-link"), Path.of("x"));
        show("createDirectories through a link", () -> Files.createDirectories(Path.of("dir-link/y/w")));
        show("delete a missing file", () -> {
            Files.delete(Path.of("missing.txt"));
            return "deleted";
        });
        show("delete in a missing directory", () -> {
            Files.delete(Path.of("missing/file.txt"));
            return "deleted";
        });
        show("delete a non-empty directory", () -> {
            Files.delete(Path.of("dir"));
            return "deleted";
        });
        show("deleteIfExists a non-empty directory", () -> Files.deleteIfExists(Path.of("x")));
        System.out.println("deleteIfExists existing " + Files.deleteIfExists(Path.of("dir/file.txt")));
        System.out.println("deleteIfExists missing " + Files.deleteIfExists(Path.of("dir/file.txt")));
        Files.delete(Path.of("dir"));
        System.out.println("dir deleted " + Files.notExists(Path.of("dir")));
        Files.createSymbolicLink(Path.of("dangling"), Path.of("nowhere"));
        System.out.println("delete a dangling link " + Files.deleteIfExists(Path.of("dangling")));
        System.out.println("delete a link, not its target " + Files.deleteIfExists(Path.of("dir-link")) + " x exists "
                + Files.exists(Path.of("x")));
        show("delete .", () -> {
            Files.delete(Path.of("."));
            return "deleted";
        });
        show("delete the empty path", () -> {
            Files.delete(Path.of(""));
            return "deleted";
        });
    }

    private static void show(String label, Callable<Object> step) {
        String cwd = Path.of("").toAbsolutePath().toString();
        try {
            System.out.println(label + ": " + String.valueOf(step.call()).replace(cwd, "<cwd>"));
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": "
                    + String.valueOf(e.getMessage()).replace(cwd, "<cwd>"));
        }
    }
}
