package io.jplr.test.corpus;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.COPY_ATTRIBUTES;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;

/** Files.copy between paths, from an InputStream, to an OutputStream, of a directory and a link; failures. */
public final class NioCopy {
    public static void main(String[] args) throws Exception {
        Path source = Files.writeString(Path.of("source.txt"), "source content\n");
        Files.setPosixFilePermissions(source, PosixFilePermissions.fromString("rw-r-----"));
        Files.setLastModifiedTime(source, FileTime.fromMillis(1_111_111_111_000L));
        System.out.println("copy " + Files.copy(source, Path.of("plain.txt")));
        print("plain.txt");
        System.out.println("copy COPY_ATTRIBUTES " + Files.copy(source, Path.of("attrs.txt"), COPY_ATTRIBUTES));
        print("attrs.txt");
        Files.writeString(Path.of("target.txt"), "old target, longer than the source\n");
        show("copy onto an existing file", () -> Files.copy(source, Path.of("target.txt")));
        System.out.println("copy REPLACE_EXISTING " + Files.copy(source, Path.of("target.txt"), REPLACE_EXISTING));
        print("target.txt");
        System.out.println("copy(InputStream) " + Files.copy(new ByteArrayInputStream("from a stream\n"
                .getBytes(StandardCharsets.US_ASCII)), Path.of("streamed.txt")));
        show("copy(InputStream) onto an existing file", () -> Files.copy(new ByteArrayInputStream(new byte[3]),
                Path.of("streamed.txt")));
        System.out.println("copy(InputStream) REPLACE_EXISTING " + Files.copy(new ByteArrayInputStream(new byte[3]),
                Path.of("streamed.txt"), REPLACE_EXISTING));
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        System.out.println("copy(Path, OutputStream) " + Files.copy(source, sink) + " "
                + sink.toString(StandardCharsets.US_ASCII).trim());
        try (FileOutputStream out = new FileOutputStream("via-stream.txt")) {
            System.out.println("copy(Path, FileOutputStream) " + Files.copy(source, out));
        }
        Files.createDirectories(Path.of("dir/child"));
        Files.writeString(Path.of("dir/child/file.txt"), "inside");
        System.out.println("copy a directory " + Files.copy(Path.of("dir"), Path.of("dir-copy")));
        System.out.println("directory copy is empty " + (Files.list(Path.of("dir-copy")).count() == 0));
        show("copy a directory onto a non-empty one", () -> Files.copy(Path.of("dir-copy"), Path.of("dir"),
                REPLACE_EXISTING));
        Files.createSymbolicLink(Path.of("link"), Path.of("source.txt"));
        System.out.println("copy a link (followed) " + Files.copy(Path.of("link"), Path.of("from-link.txt")));
        System.out.println("copy a link NOFOLLOW " + Files.copy(Path.of("link"), Path.of("link-copy"), NOFOLLOW_LINKS));
        System.out.println("link-copy is a link to " + Files.readSymbolicLink(Path.of("link-copy")));
        show("copy a missing file", () -> Files.copy(Path.of("missing.txt"), Path.of("x.txt")));
        show("copy into a missing directory", () -> Files.copy(source, Path.of("missing/x.txt")));
        show("copy a missing file to an OutputStream", () -> Files.copy(Path.of("missing.txt"), sink));
        show("copy onto itself", () -> Files.copy(source, Path.of("./source.txt")));
    }

    private static void print(String name) throws Exception {
        Path path = Path.of(name);
        System.out.println("  " + name + ": " + Files.readString(path).trim() + " | "
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(path)) + " | time kept "
                + (Files.getLastModifiedTime(path).toMillis() == 1_111_111_111_000L));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
