package io.jplr.test.corpus;

import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** A child's stdin written by the program: cat echoes it, wc counts it, writes after closing stdin. */
public final class ProcessStdin {
    public static void main(String[] args) throws Exception {
        Process cat = new ProcessBuilder("cat").start();
        try (Writer in = new OutputStreamWriter(cat.getOutputStream(), StandardCharsets.UTF_8)) {
            in.write("through cat\nsecond line \u2603\n");
        }
        System.out.println("cat: " + new String(cat.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace("\n", "|") + " exit " + cat.waitFor());
        Process wc = new ProcessBuilder("wc", "-c").start();
        byte[] block = new byte[100_000];
        try (OutputStream in = wc.getOutputStream()) {
            for (int i = 0; i < 5; i++) {
                in.write(block);
            }
        }
        System.out.println("wc -c: " + new String(wc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim()
                + " exit " + wc.waitFor());
        Process lines = new ProcessBuilder("sh", "-c", "read a; read b; echo \"got $b then $a\"").start();
        OutputStream pipe = lines.getOutputStream();
        pipe.write("first\n".getBytes(StandardCharsets.US_ASCII));
        pipe.flush();
        pipe.write("second\n".getBytes(StandardCharsets.US_ASCII));
        pipe.close();
        System.out.println("read twice: " + new String(lines.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .trim() + " exit " + lines.waitFor());
        Process empty = new ProcessBuilder("cat").start();
        empty.getOutputStream().close();
        System.out.println("cat with no input prints " + empty.getInputStream().readAllBytes().length + " bytes, exit "
                + empty.waitFor());
        Process early = new ProcessBuilder("sh", "-c", "exit 4").start();
        System.out.println("early exit " + early.waitFor());
        show("write after closing stdin", () -> {
            pipe.write(1);
            return "written";
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
