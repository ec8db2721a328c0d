package io.jplr.test.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Hard links: createLink, isSameFile, link counts, writes seen through both names; missing, existing, a dir. */
public final class NioHardLinks {
    public static void main(String[] args) throws Exception {
        Path original = Files.writeString(Path.of("original.txt"), "shared content");
        System.out.println("createLink " + Files.createLink(Path.of("hard.txt"), original));
        Files.createDirectory(Path.of("dir"));
        Files.createLink(Path.of("dir/second.txt"), Path.of("hard.txt"));
        System.out.println("nlink " + Files.getAttribute(original, "unix:nlink"));
        System.out.println("isSameFile hard " + Files.isSameFile(original, Path.of("hard.txt")) + " second "
                + Files.isSameFile(original, Path.of("dir/second.txt")));
        System.out.println("isSameFile same path " + Files.isSameFile(original, Path.of("./original.txt")));
        Files.writeString(Path.of("other.txt"), "shared content");
        System.out.println("isSameFile equal content, other file " + Files.isSameFile(original, Path.of("other.txt")));
        System.out.println("fileKey equal " + Files.readAttributes(original, "basic:fileKey").equals(
                Files.readAttributes(Path.of("hard.txt"), "basic:fileKey")));
        Files.writeString(Path.of("hard.txt"), "changed through the link");
        System.out.println("original now " + Files.readString(original));
        Files.delete(original);
        System.out.println("after deleting the original: hard " + Files.readString(Path.of("hard.txt")) + " nlink "
                + Files.getAttribute(Path.of("hard.txt"), "unix:nlink"));
        Files.createSymbolicLink(Path.of("sym"), Path.of("hard.txt"));
        System.out.println("isSameFile through a symlink " + Files.isSameFile(Path.of("sym"), Path.of("dir/second.txt")));
        Files.createLink(Path.of("hard-of-sym"), Path.of("sym"));
        System.out.println("hard link of a symlink is a symlink " + Files.isSymbolicLink(Path.of("hard-of-sym")));
        show("createLink to a missing file", () -> Files.createLink(Path.of("x"), Path.of("missing")));
        show("createLink over an existing file", () -> Files.createLink(Path.of("other.txt"), Path.of("hard.txt")));
        show("createLink to a directory", () -> Files.createLink(Path.of("dir-link"), Path.of("dir")));
        show("createLink in a missing directory", () -> Files.createLink(Path.of("no/x"), Path.of("hard.txt")));
        show("isSameFile with a missing file", () -> Files.isSameFile(Path.of("hard.txt"), Path.of("missing")));
        show("isSameFile of two missing equal paths", () -> Files.isSameFile(Path.of("missing"), Path.of("missing")));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
