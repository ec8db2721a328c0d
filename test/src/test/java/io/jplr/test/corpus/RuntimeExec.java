package io.jplr.test.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runtime.exec in its forms: a tokenized string, an array, stdin and stdout, files the child changes. */
public final class RuntimeExec {
    public static void main(String[] args) throws Exception {
        Process tokens = Runtime.getRuntime().exec("echo   several   spaced\ttokens");
        System.out.println("tokenized: " + out(tokens) + " exit " + tokens.waitFor());
        Process array = Runtime.getRuntime().exec(new String[] {"sh", "-c", "echo \"$0|$1|$2\"", "zero", "one two", ""});
        System.out.println("array: " + out(array) + " exit " + array.waitFor());
        Files.writeString(Path.of("input.txt"), "b\na\nc\n");
        Process sort = Runtime.getRuntime().exec(new String[] {"sort", "input.txt", "-o", "sorted.txt"});
        System.out.println("sort exit " + sort.waitFor() + " sorted.txt " + Files.readString(Path.of("sorted.txt"))
                .replace("\n", ","));
        Process mkdir = Runtime.getRuntime().exec("mkdir -p made/by/child");
        System.out.println("mkdir exit " + mkdir.waitFor() + " made " + Files.isDirectory(Path.of("made/by/child")));
        Process chmod = Runtime.getRuntime().exec("chmod 640 sorted.txt");
        System.out.println("chmod exit " + chmod.waitFor());
        Process ln = Runtime.getRuntime().exec("ln -s sorted.txt link-by-child");
        System.out.println("ln exit " + ln.waitFor() + " link " + Files.readSymbolicLink(Path.of("link-by-child")));
        Process rm = Runtime.getRuntime().exec("rm input.txt");
        System.out.println("rm exit " + rm.waitFor() + " input.txt exists " + Files.exists(Path.of("input.txt")));
        Process failing = Runtime.getRuntime().exec("ls no-such-file-here");
        String err = new String(failing.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("ls exit " + failing.waitFor() + " stderr mentions the file " + err.contains("no-such-file-here"));
    }

    private static String out(Process process) throws Exception {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\n", "|");
    }
}
