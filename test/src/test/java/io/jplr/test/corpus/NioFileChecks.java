package io.jplr.test.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Files.exists/notExists/isReadable/isWritable/isExecutable/isHidden/isRegularFile/isDirectory/mismatch. */
public final class NioFileChecks {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("a.txt"), "same content");
        Files.writeString(Path.of("b.txt"), "same content");
        Files.writeString(Path.of("c.txt"), "same CONTENT and more");
        Files.writeString(Path.of(".hidden"), "");
        Files.createDirectory(Path.of("dir"));
        Files.createFile(Path.of("run.sh"));
        Files.setPosixFilePermissions(Path.of("run.sh"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String name : new String[] {"a.txt", ".hidden", "dir", "run.sh", "missing", "a.txt/child", "dir/../a.txt"}) {
            Path path = Path.of(name);
            System.out.println(name + ": exists " + Files.exists(path) + " notExists " + Files.notExists(path)
                    + " readable " + Files.isReadable(path) + " writable " + Files.isWritable(path) + " executable "
                    + Files.isExecutable(path) + " regular " + Files.isRegularFile(path) + " directory "
                    + Files.isDirectory(path) + " link " + Files.isSymbolicLink(path));
            show("  isHidden", () -> Files.isHidden(path));
        }
        System.out.println("mismatch a b " + Files.mismatch(Path.of("a.txt"), Path.of("b.txt")));
        System.out.println("mismatch a c " + Files.mismatch(Path.of("a.txt"), Path.of("c.txt")));
        System.out.println("mismatch a .hidden " + Files.mismatch(Path.of("a.txt"), Path.of(".hidden")));
        System.out.println("mismatch a a " + Files.mismatch(Path.of("a.txt"), Path.of("a.txt")));
        show("mismatch with a missing file", () -> Files.mismatch(Path.of("a.txt"), Path.of("missing")));
        show("mismatch with a directory", () -> Files.mismatch(Path.of("a.txt"), Path.of("dir")));
        System.out.println("isSameFile a b " + Files.isSameFile(Path.of("a.txt"), Path.of("b.txt")));
        System.out.println("size dir is positive " + (Files.size(Path.of("dir")) > 0));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
