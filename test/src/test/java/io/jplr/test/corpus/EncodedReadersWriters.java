package io.jplr.test.corpus;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** InputStreamReader/OutputStreamWriter with UTF-8 and others over file streams; malformed input both ways. */
public final class EncodedReadersWriters {
    public static void main(String[] args) throws Exception {
        String text = "h\u00e9llo \u2603 \ud834\udd1e end\n";
        try (Writer out = new OutputStreamWriter(new FileOutputStream("utf8.txt"), StandardCharsets.UTF_8)) {
            out.write(text);
        }
        try (Writer out = new OutputStreamWriter(new FileOutputStream("utf16.txt"), "UTF-16BE")) {
            out.write(text);
        }
        try (Writer out = new OutputStreamWriter(new FileOutputStream("latin1.txt"), StandardCharsets.ISO_8859_1)) {
            out.write(text);
        }
        System.out.println("sizes utf8 " + Files.size(Path.of("utf8.txt")) + " utf16 " + Files.size(Path.of("utf16.txt"))
                + " latin1 " + Files.size(Path.of("latin1.txt")));
        try (InputStreamReader in = new InputStreamReader(new FileInputStream("utf8.txt"), StandardCharsets.UTF_8)) {
            System.out.println("encoding " + in.getEncoding());
            StringBuilder read = new StringBuilder();
            for (int c; (c = in.read()) != -1; ) {
                read.append((char) c);
            }
            System.out.println("round trip " + read.toString().equals(text) + " chars " + read.length()
                    + " code points " + read.codePoints().count());
        }
        try (Reader in = new InputStreamReader(new FileInputStream("utf8.txt"), StandardCharsets.ISO_8859_1)) {
            char[] chars = new char[64];
            int n = in.read(chars);
            System.out.println("utf8 read as latin1: " + n + " chars");
        }
        try (Reader in = new InputStreamReader(new FileInputStream("latin1.txt"), StandardCharsets.UTF_8)) {
            char[] chars = new char[64];
            int n = in.read(chars);
            long replaced = new String(chars, 0, n).chars().filter(c -> c == '\ufffd').count();
            System.out.println("latin1 read as utf8: " + n + " chars, " + replaced + " replaced");
        }
        Files.write(Path.of("bad.bin"), new byte[] {'o', 'k', (byte) 0xff, (byte) 0xfe, 'z'});
        show("strict decoding", () -> {
            try (Reader in = new InputStreamReader(new FileInputStream("bad.bin"), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT))) {
                char[] chars = new char[16];
                return in.read(chars);
            }
        });
        show("strict encoding", () -> {
            try (Writer out = new OutputStreamWriter(new FileOutputStream("ascii.txt"), StandardCharsets.US_ASCII
                    .newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT))) {
                out.write("ok \u2603");
                return "written";
            }
        });
        System.out.println("ascii.txt size " + Files.size(Path.of("ascii.txt")));
        show("unknown charset", () -> new InputStreamReader(new FileInputStream("utf8.txt"), "no-such-charset"));
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
