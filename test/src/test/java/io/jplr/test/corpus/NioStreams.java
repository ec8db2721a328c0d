package io.jplr.test.corpus;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE_NEW;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Files.newInputStream/newOutputStream/newBufferedReader/newBufferedWriter and Files.lines; their failures. */
public final class NioStreams {
    public static void main(String[] args) throws Exception {
        Path path = Path.of("stream.txt");
        try (OutputStream out = Files.newOutputStream(path)) {
            out.write("first\n".getBytes(StandardCharsets.US_ASCII));
            out.write('2');
            out.write("--nd\n".getBytes(StandardCharsets.US_ASCII), 2, 3);
        }
        try (OutputStream out = Files.newOutputStream(path, APPEND)) {
            out.write("third\n".getBytes(StandardCharsets.US_ASCII));
        }
        try (InputStream in = Files.newInputStream(path)) {
            System.out.println("available " + in.available() + " read() " + (char) in.read() + " skip(5) " + in.skip(5));
            byte[] rest = in.readAllBytes();
            System.out.println("rest " + new String(rest, StandardCharsets.US_ASCII).replace("\n", "|"));
            System.out.println("read() at end " + in.read());
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of("buffered.txt"))) {
            out.write("\u00fcber");
            out.newLine();
            out.write("zwei");
            out.newLine();
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of("buffered.txt"), StandardCharsets.UTF_8, APPEND)) {
            out.write("drei\n");
        }
        try (BufferedReader in = Files.newBufferedReader(Path.of("buffered.txt"))) {
            System.out.println("buffered lines " + in.lines().collect(Collectors.toList()));
        }
        try (Stream<String> lines = Files.lines(path)) {
            System.out.println("lines " + lines.map(String::toUpperCase).collect(Collectors.joining(",")));
        }
        try (Stream<String> lines = Files.lines(Path.of("buffered.txt"), StandardCharsets.UTF_8)) {
            System.out.println("lines filtered " + lines.filter(l -> l.contains("r")).count());
        }
        show("newInputStream on a missing file", () -> Files.newInputStream(Path.of("missing.txt")));
        show("newOutputStream CREATE_NEW existing", () -> Files.newOutputStream(path, CREATE_NEW));
        show("newBufferedReader on a missing file", () -> Files.newBufferedReader(Path.of("missing.txt")));
        show("newBufferedWriter in a missing directory", () -> Files.newBufferedWriter(Path.of("no/x.txt")));
        show("lines on a missing file", () -> Files.lines(Path.of("missing.txt")));
        Files.createDirectory(Path.of("dir"));
        show("newOutputStream on a directory", () -> Files.newOutputStream(Path.of("dir")));
        show("newInputStream on a directory, then read", () -> {
            try (InputStream in = Files.newInputStream(Path.of("dir"))) {
                return in.read();
            }
        });
        show("read after close", () -> {
            InputStream in = Files.newInputStream(path);
            in.close();
            return in.read();
        });
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
