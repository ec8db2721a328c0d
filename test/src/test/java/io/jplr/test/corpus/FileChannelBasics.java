package io.jplr.test.corpus;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.DSYNC;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.SYNC;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** FileChannel.open with options: relative and positional I/O, size, truncate, force, position; misuse. */
public final class FileChannelBasics {
    public static void main(String[] args) throws Exception {
        Path path = Path.of("channel.bin");
        try (FileChannel channel = FileChannel.open(path, CREATE_NEW, WRITE, READ)) {
            System.out.println("new size " + channel.size() + " position " + channel.position());
            System.out.println("write " + channel.write(ascii("0123456789")));
            System.out.println("position " + channel.position() + " size " + channel.size());
            System.out.println("positional write " + channel.write(ascii("AB"), 3) + " position still "
                    + channel.position());
            System.out.println("positional write past the end " + channel.write(ascii("Z"), 15) + " size "
                    + channel.size());
            ByteBuffer buffer = ByteBuffer.allocate(4);
            System.out.println("positional read " + channel.read(buffer, 2) + " '" + text(buffer) + "'");
            channel.position(8);
            buffer.clear();
            System.out.println("read at 8 " + channel.read(buffer) + " '" + text(buffer).replace('\0', '_')
                    + "' position " + channel.position());
            buffer.clear();
            System.out.println("positional read at the end " + channel.read(buffer, 16) + " past it "
                    + channel.read(buffer, 100));
            channel.position(100);
            buffer.clear();
            System.out.println("read past the end " + channel.read(buffer) + " size " + channel.size());
            System.out.println("truncate(12) " + channel.truncate(12).size() + " position " + channel.position());
            System.out.println("truncate(50) grows nothing " + channel.truncate(50).size());
            channel.force(true);
            channel.force(false);
            ByteBuffer[] parts = {ascii("ga"), ascii("ther")};
            channel.position(12);
            System.out.println("gathering write " + channel.write(parts) + " size " + channel.size());
            ByteBuffer[] into = {ByteBuffer.allocate(3), ByteBuffer.allocate(20)};
            channel.position(0);
            System.out.println("scattering read " + channel.read(into) + " '" + text(into[0]) + "' '"
                    + text(into[1]) + "'");
            System.out.println("isOpen " + channel.isOpen());
        }
        try (FileChannel channel = FileChannel.open(path, APPEND)) {
            System.out.println("APPEND position " + channel.position());
            channel.write(ascii("+appended"));
            System.out.println("APPEND size " + channel.size());
        }
        try (FileChannel channel = FileChannel.open(path, WRITE, TRUNCATE_EXISTING, SYNC, DSYNC)) {
            System.out.println("TRUNCATE_EXISTING size " + channel.size());
            channel.write(ascii("final content"));
        }
        try (SeekableByteChannel channel = Files.newByteChannel(path)) {
            ByteBuffer all = ByteBuffer.allocate(64);
            channel.read(all);
            System.out.println("newByteChannel read '" + text(all) + "' size " + channel.size());
        }
        try (FileChannel channel = FileChannel.open(Path.of("created.bin"), CREATE, WRITE)) {
            channel.write(ascii("made"), 0);
        }
        System.out.println("created.bin " + Files.readString(Path.of("created.bin")));
        show("write on a READ channel", () -> {
            try (FileChannel channel = FileChannel.open(path, READ)) {
                return channel.write(ascii("x"));
            }
        });
        show("read on a WRITE channel", () -> {
            try (FileChannel channel = FileChannel.open(path, WRITE)) {
                return channel.read(ByteBuffer.allocate(1));
            }
        });
        show("truncate on a READ channel", () -> {
            try (FileChannel channel = FileChannel.open(path, READ)) {
                return channel.truncate(1).size();
            }
        });
        show("positional write on an APPEND channel", () -> {
            try (FileChannel channel = FileChannel.open(path, APPEND)) {
                return channel.write(ascii("x"), 0);
            }
        });
        show("read after close", () -> {
            FileChannel channel = FileChannel.open(path, READ);
            channel.close();
            return channel.read(ByteBuffer.allocate(1));
        });
        show("size after close", () -> {
            FileChannel channel = FileChannel.open(path, READ);
            channel.close();
            return channel.size();
        });
        show("open a missing file", () -> FileChannel.open(Path.of("missing.bin"), READ));
        show("CREATE_NEW on an existing file", () -> FileChannel.open(path, CREATE_NEW, WRITE));
        show("READ with APPEND", () -> FileChannel.open(path, READ, APPEND));
        show("negative position", () -> {
            try (FileChannel channel = FileChannel.open(path, READ)) {
                return channel.position(-1);
            }
        });
        System.out.println("final " + Files.readString(path));
    }

    private static ByteBuffer ascii(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(ByteBuffer buffer) {
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
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
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
