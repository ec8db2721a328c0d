package io.jplr.test.corpus;

import java.io.File;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** PrintStream to files, and System.out redirected to a file and back; a directory, a bad charset. */
public final class PrintStreamFile {
    public static void main(String[] args) throws Exception {
        try (PrintStream out = new PrintStream(new File("ps.txt"))) {
            out.println("line");
            out.printf(Locale.ROOT, "%.3f %s%n", 2.0 / 3, "x");
            out.print(new char[] {'c', 'h'});
            out.write("bytes\n".getBytes());
            out.append("appended\n");
            System.out.println("checkError " + out.checkError());
        }
        System.out.println("ps.txt: " + Files.readString(Path.of("ps.txt")).replace("\n", "|"));
        try (PrintStream out = new PrintStream("utf16.txt", "UTF-16LE")) {
            out.print("\u2603");
        }
        System.out.println("utf16 size " + Files.size(Path.of("utf16.txt")));
        PrintStream original = System.out;
        PrintStream redirected = new PrintStream(new FileOutputStream("redirected.txt"), true);
        System.setOut(redirected);
        System.out.println("this goes to the file");
        System.out.print("and so does this");
        System.setOut(original);
        redirected.close();
        System.out.println("back on stdout; the file holds: " + Files.readString(Path.of("redirected.txt")).replace("\n", "|"));
        PrintStream appending = new PrintStream(new FileOutputStream("redirected.txt", true));
        System.setErr(appending);
        System.err.println(" (stderr appended)");
        appending.close();
        System.out.println("after stderr redirect: " + Files.readString(Path.of("redirected.txt")).replace("\n", "|"));
        PrintStream closed = new PrintStream(new File("closed.txt"));
        closed.close();
        closed.println("lost");
        System.out.println("checkError after close " + closed.checkError());
        new File("dir").mkdir();
        show("a directory", () -> new PrintStream("dir"));
        show("bad charset", () -> new PrintStream("bad.txt", "no-such-charset"));
        show("missing directory", () -> new PrintStream(new File("missing/ps.txt")));
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
