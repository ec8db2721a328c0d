package io.jplr.test.corpus;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** PrintWriter to a file by name, File and charset: print, printf, checkError; missing directory, bad charset. */
public final class PrintWriterFile {
    public static void main(String[] args) throws Exception {
        try (PrintWriter out = new PrintWriter("pw.txt")) {
            out.println("hello");
            out.print(42);
            out.print(' ');
            out.print(true);
            out.print(new char[] {'!', '?'});
            out.println();
            out.printf(Locale.ROOT, "%5.2f|%-4s|%x|%08d%n", Math.E, "ab", 255, 42);
            out.format(Locale.ROOT, "%s%n", (Object) null);
            out.append("appended").append('\n');
            System.out.println("checkError while open " + out.checkError());
        }
        System.out.println("pw.txt:\n" + Files.readString(Path.of("pw.txt")));
        try (PrintWriter out = new PrintWriter(new File("utf16.txt"), "UTF-16BE")) {
            out.print("\u00e9\u2603");
        }
        System.out.println("utf16 length " + Files.size(Path.of("utf16.txt")));
        PrintWriter closed = new PrintWriter("closed.txt");
        closed.close();
        closed.println("lost");
        System.out.println("checkError after close " + closed.checkError());
        show("missing directory", () -> new PrintWriter("missing/pw.txt"));
        show("bad charset", () -> new PrintWriter("bad.txt", "no-such-charset"));
        System.out.println("bad.txt created " + new File("bad.txt").exists());
        show("a directory", () -> {
            new File("dir").mkdir();
            return new PrintWriter(new File("dir"));
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
