package io.jplr.test.corpus;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** java.io.FileInputStream: every read form, skip, available; a missing file, a directory, a closed stream. */
public final class FileInputStreamRead {
    public static void main(String[] args) throws Exception {
        try (FileOutputStream out = new FileOutputStream("data.txt")) {
            out.write("0123456789abcdefghij\nlast line\n".getBytes(StandardCharsets.US_ASCII));
        }
        new File("dir").mkdir();
        try (FileInputStream in = new FileInputStream("data.txt")) {
            System.out.println("available " + in.available());
            System.out.println("read() " + (char) in.read());
            byte[] buffer = new byte[5];
            int n = in.read(buffer);
            System.out.println("read(byte[]) " + n + " " + new String(buffer, 0, n, StandardCharsets.US_ASCII));
            n = in.read(buffer, 1, 3);
            System.out.println("read(byte[],1,3) " + n + " " + new String(buffer, 1, n, StandardCharsets.US_ASCII));
            System.out.println("skip(4) " + in.skip(4));
            System.out.println("available " + in.available());
            System.out.println("readNBytes(3) " + new String(in.readNBytes(3), StandardCharsets.US_ASCII));
            System.out.println("readAllBytes " + escape(in.readAllBytes()));
            System.out.println("read() at end " + in.read());
            System.out.println("read(byte[]) at end " + in.read(buffer));
            System.out.println("available at end " + in.available());
            System.out.println("read(byte[],0,0) at end " + in.read(buffer, 0, 0));
        }
        try (FileInputStream in = new FileInputStream(new File("data.txt"))) {
            ByteArrayOutputStream sink = new ByteArrayOutputStream();
            System.out.println("skip(21) " + in.skip(21));
            System.out.println("transferTo " + in.transferTo(sink) + " " + escape(sink.toByteArray()));
        }
        try (FileInputStream in = new FileInputStream("data.txt")) {
            byte[] all = new byte[64];
            int total = 0;
            for (int r; (r = in.read(all, total, 7)) > 0; ) {
                total += r;
            }
            System.out.println("chunked reads " + total);
        }
        show("missing file", () -> new FileInputStream("missing.txt").available());
        show("missing directory", () -> new FileInputStream("nowhere/missing.txt").available());
        show("a directory", () -> new FileInputStream("dir").available());
        show("empty name", () -> new FileInputStream("").available());
        show("read after close", () -> {
            FileInputStream in = new FileInputStream("data.txt");
            in.close();
            return in.read();
        });
        show("bad range", () -> {
            try (FileInputStream in = new FileInputStream("data.txt")) {
                return in.read(new byte[4], 2, 3);
            }
        });
    }

    private static String escape(byte[] bytes) {
        return new String(bytes, StandardCharsets.US_ASCII).replace("\n", "\\n");
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
