package io.jplr.test.corpus;

import java.io.File;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Redirects: to a file, appendTo, from a file, redirectErrorStream, DISCARD; missing directories. */
public final class ProcessRedirects {
    public static void main(String[] args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "echo out; echo err >&2");
        builder.redirectOutput(new File("out.txt"));
        System.out.println("to a file: exit " + builder.start().waitFor() + " type " + builder.redirectOutput().type());
        builder.redirectOutput(Redirect.appendTo(new File("out.txt")));
        builder.redirectError(Redirect.appendTo(new File("out.txt")));
        System.out.println("appendTo: exit " + builder.start().waitFor() + " type " + builder.redirectOutput().type());
        System.out.println("out.txt: " + read("out.txt"));
        ProcessBuilder merged = new ProcessBuilder("sh", "-c", "echo one; echo two >&2; echo three").redirectErrorStream(true);
        Process process = merged.start();
        System.out.println("redirectErrorStream: " + new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).replace("\n", "|") + " stderr stream read " + process.getErrorStream().read()
                + " exit " + process.waitFor());
        Process discarded = new ProcessBuilder("sh", "-c", "echo gone; echo gone too >&2").redirectOutput(Redirect.DISCARD)
                .redirectError(Redirect.DISCARD).start();
        System.out.println("DISCARD: stdout read " + discarded.getInputStream().read() + " exit " + discarded.waitFor());
        Files.writeString(Path.of("in.txt"), "line from a file\n");
        Process fromFile = new ProcessBuilder("tr", "a-z", "A-Z").redirectInput(new File("in.txt"))
                .redirectOutput(new File("upper.txt")).start();
        System.out.println("from a file to a file: exit " + fromFile.waitFor() + " upper.txt " + read("upper.txt"));
        Process errToFile = new ProcessBuilder("sh", "-c", "echo problem >&2; exit 2").redirectError(new File("err.txt"))
                .start();
        System.out.println("stderr to a file: exit " + errToFile.waitFor() + " err.txt " + read("err.txt"));
        Process pipes = new ProcessBuilder("sh", "-c", "echo piped").redirectOutput(Redirect.PIPE).start();
        System.out.println("PIPE " + new String(pipes.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        show("output to a missing directory", () -> new ProcessBuilder("true").redirectOutput(new File("missing/o.txt"))
                .start().waitFor());
        show("input from a missing file", () -> new ProcessBuilder("cat").redirectInput(new File("missing.txt"))
                .start().waitFor());
        show("output to a directory", () -> {
            new File("dir").mkdir();
            return new ProcessBuilder("true").redirectOutput(new File("dir")).start().waitFor();
        });
        show("redirectInput to a write redirect", () -> new ProcessBuilder("true")
                .redirectInput(Redirect.appendTo(new File("x"))));
    }

    private static String read(String name) throws Exception {
        return Files.readString(Path.of(name)).replace("\n", "|");
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            System.out.println(label + ": " + (result instanceof ProcessBuilder ? "builder" : result));
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
