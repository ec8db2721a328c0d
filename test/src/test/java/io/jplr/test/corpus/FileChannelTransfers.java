package io.jplr.test.corpus;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** FileChannel.transferTo/transferFrom between files and stream channels; ranges, the end, wrong modes. */
public final class FileChannelTransfers {
    public static void main(String[] args) throws Exception {
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            content.append(i).append(',');
        }
        Path source = Files.writeString(Path.of("source.txt"), content);
        System.out.println("source size " + Files.size(source));
        try (FileChannel from = FileChannel.open(source, READ);
                FileChannel to = FileChannel.open(Path.of("copy.txt"), CREATE, WRITE)) {
            System.out.println("transferTo whole " + from.transferTo(0, from.size(), to) + " source position "
                    + from.position() + " target position " + to.position());
        }
        System.out.println("copy equal " + (Files.mismatch(source, Path.of("copy.txt")) == -1));
        try (FileChannel from = FileChannel.open(source, READ);
                FileChannel to = FileChannel.open(Path.of("range.txt"), CREATE, WRITE)) {
            System.out.println("transferTo range " + from.transferTo(10, 25, to));
            System.out.println("transferTo past the end " + from.transferTo(from.size() + 10, 5, to));
            System.out.println("transferTo across the end " + from.transferTo(from.size() - 4, 100, to));
        }
        System.out.println("range.txt " + Files.readString(Path.of("range.txt")));
        try (FileChannel from = FileChannel.open(source, READ);
                FileChannel to = FileChannel.open(Path.of("from.txt"), CREATE, WRITE, READ)) {
            System.out.println("transferFrom " + to.transferFrom(from, 0, 100) + " source position " + from.position()
                    + " target size " + to.size() + " target position " + to.position());
            System.out.println("transferFrom at 200 (beyond the size) " + to.transferFrom(from, 200, 10) + " size "
                    + to.size());
            System.out.println("transferFrom at 100 " + to.transferFrom(from, 100, 10) + " size " + to.size());
        }
        ByteArrayOutputStream memory = new ByteArrayOutputStream();
        try (FileChannel from = FileChannel.open(source, READ); WritableByteChannel sink = Channels.newChannel(memory)) {
            long total = 0;
            while (total < from.size()) {
                total += from.transferTo(total, 1000, sink);
            }
            System.out.println("transferTo a stream channel " + total + " equal "
                    + memory.toString(StandardCharsets.US_ASCII).contentEquals(content));
        }
        try (ReadableByteChannel in = Channels.newChannel(new ByteArrayInputStream("from memory\n"
                .getBytes(StandardCharsets.US_ASCII))); FileChannel to = FileChannel.open(Path.of("memory.txt"), CREATE,
                WRITE)) {
            System.out.println("transferFrom a stream channel " + to.transferFrom(in, 0, 1000) + " size " + to.size());
        }
        System.out.println("memory.txt " + Files.readString(Path.of("memory.txt")).trim());
        show("transferTo from a WRITE channel", () -> {
            try (FileChannel from = FileChannel.open(source, WRITE); FileChannel to = FileChannel.open(Path.of("x.txt"),
                    CREATE, WRITE)) {
                return from.transferTo(0, 10, to);
            }
        });
        show("transferTo into a READ channel", () -> {
            try (FileChannel from = FileChannel.open(source, READ); FileChannel to = FileChannel.open(Path.of("copy.txt"),
                    READ)) {
                return from.transferTo(0, 10, to);
            }
        });
        show("transferFrom into a READ channel", () -> {
            try (FileChannel from = FileChannel.open(source, READ); FileChannel to = FileChannel.open(Path.of("copy.txt"),
                    READ)) {
                return to.transferFrom(from, 0, 10);
            }
        });
        show("transferTo with a negative position", () -> {
            try (FileChannel from = FileChannel.open(source, READ); FileChannel to = FileChannel.open(Path.of("copy.txt"),
                    WRITE)) {
                return from.transferTo(-1, 10, to);
            }
        });
        show("transferTo into a closed channel", () -> {
            try (FileChannel from = FileChannel.open(source, READ)) {
                FileChannel to = FileChannel.open(Path.of("copy.txt"), WRITE);
                to.close();
                return from.transferTo(0, 10, to);
            }
        });
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
