package io.jplr.test.corpus;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileReader;
import java.io.FileWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** BufferedWriter over FileWriter, BufferedReader over FileReader: lines, mark/reset, skip, append; missing. */
public final class BufferedReaderWriter {
    public static void main(String[] args) throws Exception {
        try (BufferedWriter out = new BufferedWriter(new FileWriter("lines.txt", StandardCharsets.UTF_8))) {
            for (int i = 1; i <= 5; i++) {
                out.write("line " + i);
                out.newLine();
            }
            out.write("no newline at the end, caf\u00e9");
        }
        try (BufferedWriter out = new BufferedWriter(new FileWriter("lines.txt", StandardCharsets.UTF_8, true), 4)) {
            out.write("\nappended through a tiny buffer\n");
            out.append('x').append("yz", 0, 2).flush();
        }
        try (BufferedReader in = new BufferedReader(new FileReader("lines.txt", StandardCharsets.UTF_8))) {
            System.out.println("first " + in.readLine());
            in.mark(100);
            System.out.println("second " + in.readLine());
            in.reset();
            System.out.println("again " + in.readLine());
            System.out.println("skip(3) " + in.skip(3));
            char[] chars = new char[4];
            int n = in.read(chars);
            System.out.println("read(char[]) " + n + " '" + new String(chars, 0, n).replace("\n", "\\n") + "'");
            System.out.println("read() " + (char) in.read());
            System.out.println("ready " + in.ready());
            for (String line; (line = in.readLine()) != null; ) {
                System.out.println("rest: " + line);
            }
            System.out.println("readLine at end " + in.readLine() + " read() " + in.read());
        }
        try (BufferedReader in = new BufferedReader(new FileReader("lines.txt", StandardCharsets.UTF_8))) {
            System.out.println("lines().count " + in.lines().count());
        }
        show("FileReader on a missing file", () -> new FileReader("missing.txt"));
        show("FileWriter in a missing directory", () -> new FileWriter("missing/out.txt"));
        show("FileReader on a directory", () -> {
            new java.io.File("dir").mkdir();
            return new FileReader("dir");
        });
        show("readLine after close", () -> {
            BufferedReader in = new BufferedReader(new FileReader("lines.txt"));
            in.close();
            return in.readLine();
        });
        show("reset without mark", () -> {
            try (BufferedReader in = new BufferedReader(new FileReader("lines.txt"))) {
                in.reset();
                return "reset";
            }
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
