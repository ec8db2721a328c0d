package io.jplr.test.corpus;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** nio failures: reading a directory, writing into a missing directory, a file used as a directory, etc. */
public final class NioErrors {
    public static void main(String[] args) throws Exception {
        Files.createDirectory(Path.of("dir"));
        Files.writeString(Path.of("file.txt"), "a file");
        show("readAllBytes of a directory", () -> Files.readAllBytes(Path.of("dir")).length);
        show("readString of a directory", () -> Files.readString(Path.of("dir")));
        show("FileChannel READ on a directory, then read", () -> {
            try (FileChannel channel = FileChannel.open(Path.of("dir"), READ)) {
                return channel.read(ByteBuffer.allocate(4));
            }
        });
        show("FileChannel WRITE on a directory", () -> FileChannel.open(Path.of("dir"), WRITE));
        show("newByteChannel CREATE on a directory", () -> Files.newByteChannel(Path.of("dir"), CREATE, WRITE));
        show("write into a missing directory", () -> Files.write(Path.of("missing/file.txt"), new byte[1]));
        show("FileChannel in a missing directory", () -> FileChannel.open(Path.of("missing/f"), CREATE, WRITE));
        show("createDirectory on an existing directory", () -> Files.createDirectory(Path.of("dir")));
        show("createDirectory on an existing file", () -> Files.createDirectory(Path.of("file.txt")));
        show("a file used as a directory (read)", () -> Files.readString(Path.of("file.txt/child")));
        show("a file used as a directory (write)", () -> Files.writeString(Path.of("file.txt/child"), "x"));
        show("a file used as a directory (list)", () -> Files.list(Path.of("file.txt")));
        show("a file used as a directory (createDirectory)", () -> Files.createDirectory(Path.of("file.txt/sub")));
        show("size of a missing file", () -> Files.size(Path.of("missing")));
        show("delete a missing file in a missing directory", () -> {
            Files.delete(Path.of("missing/deeper"));
            return "deleted";
        });
        show("move onto a non-empty directory", () -> {
            Files.writeString(Path.of("dir/inside"), "x");
            Files.createDirectory(Path.of("dir2"));
            return Files.move(Path.of("dir2"), Path.of("dir"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        });
        show("copy a file onto a directory", () -> Files.copy(Path.of("file.txt"), Path.of("dir")));
        show("a name that is too long", () -> Files.createFile(Path.of("n".repeat(300))));
        show("a NUL in a name", () -> Path.of("nul\0name"));
        show("a path through .. beyond a file", () -> Files.readString(Path.of("file.txt/../file.txt")));
        System.out.println("tree unchanged: dir holds " + Files.list(Path.of("dir")).count());
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            if (result instanceof AutoCloseable) {
                ((AutoCloseable) result).close();
                result = "opened";
            }
            System.out.println(label + ": " + result);
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": "
                    + String.valueOf(e.getMessage()).replace("\0", "\\0"));
        }
    }
}
