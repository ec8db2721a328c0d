package io.jplr.test.corpus;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** java.io.FileOutputStream: truncate, append, every write form; a directory, a missing directory, closed. */
public final class FileOutputStreamWrite {
    public static void main(String[] args) throws Exception {
        new File("dir").mkdir();
        try (FileOutputStream out = new FileOutputStream("out.txt")) {
            out.write("first version, quite long\n".getBytes(StandardCharsets.US_ASCII));
        }
        System.out.println("after first: " + read("out.txt"));
        try (FileOutputStream out = new FileOutputStream("out.txt")) {
            out.write('s');
            out.write("-econd-".getBytes(StandardCharsets.US_ASCII), 1, 5);
            out.write('\n');
            out.flush();
        }
        System.out.println("after truncate: " + read("out.txt"));
        try (FileOutputStream out = new FileOutputStream("out.txt", true)) {
            out.write("appended\n".getBytes(StandardCharsets.US_ASCII));
        }
        try (FileOutputStream out = new FileOutputStream(new File("out.txt"), true)) {
            out.write("appended again\n".getBytes(StandardCharsets.US_ASCII));
        }
        System.out.println("after append: " + read("out.txt"));
        try (FileOutputStream out = new FileOutputStream("new-by-append.txt", true)) {
            out.write("created by append\n".getBytes(StandardCharsets.US_ASCII));
        }
        System.out.println("new by append: " + read("new-by-append.txt"));
        try (FileOutputStream out = new FileOutputStream("empty.txt")) {
            out.write(new byte[0]);
        }
        System.out.println("empty length " + new File("empty.txt").length());
        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        try (FileOutputStream out = new FileOutputStream("big.bin")) {
            out.write(big);
            out.write(big, 100, 1000);
        }
        System.out.println("big length " + new File("big.bin").length());
        show("a directory", () -> new FileOutputStream("dir"));
        show("append to a directory", () -> new FileOutputStream("dir", true));
        show("missing directory", () -> new FileOutputStream("missing/out.txt"));
        show("empty name", () -> new FileOutputStream(""));
        show("write after close", () -> {
            FileOutputStream out = new FileOutputStream("closed.txt");
            out.close();
            out.write(1);
            return "written";
        });
        show("bad range", () -> {
            try (FileOutputStream out = new FileOutputStream("range.txt")) {
                out.write(new byte[4], 3, 2);
                return "written";
            }
        });
        System.out.println("missing directory created? " + new File("missing").exists());
    }

    private static String read(String name) throws Exception {
        try (FileInputStream in = new FileInputStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).replace("\n", "|");
        }
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
