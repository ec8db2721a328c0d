package io.jplr.test.corpus;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** File.createTempFile in "." and a subdirectory; short prefix, missing directory; deleteOnExit, renamed. */
public final class FileTempFiles {
    public static void main(String[] args) throws Exception {
        File temp = File.createTempFile("corpus", ".txt", new File("."));
        describe("with suffix", temp, "corpus", ".txt");
        new File("sub").mkdir();
        File defaultSuffix = File.createTempFile("abc", null, new File("sub"));
        describe("default suffix", defaultSuffix, "abc", ".tmp");
        File emptySuffix = File.createTempFile("empty", "", new File("."));
        describe("empty suffix", emptySuffix, "empty", "");
        File doomed = File.createTempFile("doomed", ".del", new File("."));
        doomed.deleteOnExit();
        System.out.println("doomed exists now " + doomed.exists());
        show("short prefix", () -> File.createTempFile("ab", ".txt", new File(".")));
        show("missing directory", () -> File.createTempFile("corpus", ".txt", new File("missing")));
        show("a file as directory", () -> File.createTempFile("corpus", ".txt", temp));
        System.out.println("rename to fixed names " + temp.renameTo(new File("kept.txt")) + " "
                + defaultSuffix.renameTo(new File("sub/kept.tmp")) + " " + emptySuffix.delete());
        String[] names = new File(".").list();
        Arrays.sort(names);
        System.out.println("entries " + names.length + ": " + Arrays.asList(names).subList(1, names.length)
                + " and the doomed one " + names[0].startsWith("doomed"));
    }

    private static void describe(String label, File file, String prefix, String suffix) throws Exception {
        String name = file.getName();
        System.out.println(label + ": prefix " + name.startsWith(prefix) + " suffix " + name.endsWith(suffix)
                + " longer " + (name.length() > prefix.length() + suffix.length()) + " exists " + file.exists()
                + " length " + file.length() + " parent " + file.getParent() + " permissions "
                + PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath())));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            System.out.println(label + ": " + (result instanceof File ? "created" : result));
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
