package io.jplr.test.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

/** Files.createTempFile/createTempDirectory in ".": names, permissions, an attribute; bad prefix, missing dir. */
public final class NioTempFiles {
    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile(Path.of("."), "pre", ".suf");
        describe("temp file", file, "pre", ".suf");
        Path defaultSuffix = Files.createTempFile(Path.of("."), "pre", null);
        describe("default suffix", defaultSuffix, "pre", ".tmp");
        Path noPrefix = Files.createTempFile(Path.of("."), null, ".x");
        describe("no prefix", noPrefix, "", ".x");
        Path withPermissions = Files.createTempFile(Path.of("."), "perm", ".txt",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r-----")));
        describe("with permissions", withPermissions, "perm", ".txt");
        Path dir = Files.createTempDirectory(Path.of("."), "tdir");
        describe("temp directory", dir, "tdir", "");
        Path inside = Files.createTempFile(dir, "in", ".dat");
        describe("inside the temp directory", inside, "in", ".dat");
        Path dirWithPermissions = Files.createTempDirectory(Path.of("."), "pdir",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
        describe("temp directory with permissions", dirWithPermissions, "pdir", "");
        show("prefix with a slash", () -> Files.createTempFile(Path.of("."), "a/b", ".txt"));
        try {
            Files.createTempFile(Path.of("missing"), "pre", ".suf");
        } catch (Exception e) {
            System.out.println("missing directory: " + e.getClass().getName() + " names it "
                    + e.getMessage().startsWith("missing/pre"));
        }
        show("non-POSIX attribute", () -> Files.createTempFile(Path.of("."), "x", ".y",
                new java.nio.file.attribute.FileAttribute<String>() {
                    public String name() {
                        return "dos:hidden";
                    }

                    public String value() {
                        return "true";
                    }
                }));
        Files.move(file, Path.of("file.suf"));
        Files.move(defaultSuffix, Path.of("default.tmp"));
        Files.delete(noPrefix);
        Files.move(withPermissions, Path.of("permissions.txt"));
        Files.move(inside, dir.resolve("inside.dat"));
        Files.move(dir, Path.of("tdir"));
        Files.move(dirWithPermissions, Path.of("pdir"));
        try (var entries = Files.list(Path.of("."))) {
            System.out.println("entries left " + entries.map(Path::toString).sorted().toList());
        }
    }

    private static void describe(String label, Path path, String prefix, String suffix) throws Exception {
        String name = path.getFileName().toString();
        System.out.println(label + ": prefix " + name.startsWith(prefix) + " suffix " + name.endsWith(suffix)
                + " longer " + (name.length() > prefix.length() + suffix.length()) + " parent is . "
                + path.getParent().equals(Path.of("."))
                + " directory " + Files.isDirectory(path) + " size " + (Files.isDirectory(path) ? "-" : Files.size(path))
                + " permissions " + PosixFilePermissions.toString(Files.getPosixFilePermissions(path)));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            System.out.println(label + ": " + (result instanceof Path ? "created" : result));
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
