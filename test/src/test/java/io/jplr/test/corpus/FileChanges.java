package io.jplr.test.corpus;

import java.io.File;
import java.io.FileOutputStream;
import java.util.Arrays;
import java.util.concurrent.Callable;

/** java.io.File changes: mkdir, mkdirs, createNewFile twice, renameTo, delete; every way each one fails. */
public final class FileChanges {
    public static void main(String[] args) throws Exception {
        System.out.println("mkdir a " + new File("a").mkdir());
        System.out.println("mkdir a again " + new File("a").mkdir());
        System.out.println("mkdir x/y (no parent) " + new File("x/y").mkdir());
        System.out.println("mkdirs x/y/z " + new File("x/y/z").mkdirs());
        System.out.println("mkdirs x/y/z again " + new File("x/y/z").mkdirs());
        System.out.println("createNewFile f.txt " + new File("f.txt").createNewFile());
        System.out.println("createNewFile f.txt again " + new File("f.txt").createNewFile());
        System.out.println("createNewFile a (a directory) " + new File("a").createNewFile());
        show("createNewFile in a missing directory", () -> new File("missing/f.txt").createNewFile());
        show("createNewFile under a file", () -> new File("f.txt/child").createNewFile());
        System.out.println("mkdir under a file " + new File("f.txt/child").mkdir());
        System.out.println("mkdirs under a file " + new File("f.txt/child/more").mkdirs());
        try (FileOutputStream out = new FileOutputStream("f.txt")) {
            out.write("content".getBytes());
        }
        System.out.println("renameTo f.txt -> g.txt " + new File("f.txt").renameTo(new File("g.txt")));
        System.out.println("f.txt exists " + new File("f.txt").exists() + ", g.txt length " + new File("g.txt").length());
        System.out.println("renameTo missing " + new File("missing.txt").renameTo(new File("h.txt")));
        System.out.println("renameTo into a missing directory " + new File("g.txt").renameTo(new File("nope/g.txt")));
        System.out.println("renameTo a -> b " + new File("a").renameTo(new File("b")));
        System.out.println("renameTo g.txt -> b/g.txt " + new File("g.txt").renameTo(new File("b/g.txt")));
        new File("other.txt").createNewFile();
        System.out.println("renameTo over an existing file " + new File("other.txt").renameTo(new File("b/g.txt")));
        System.out.println("delete non-empty x " + new File("x").delete());
        System.out.println("delete x/y/z " + new File("x/y/z").delete());
        System.out.println("delete x/y/z again " + new File("x/y/z").delete());
        System.out.println("delete missing " + new File("missing").delete());
        System.out.println("mkdirs with dots " + new File("m/./n/../o").mkdirs());
        System.out.println("top level " + sorted(new File(".").list()));
        System.out.println("b " + sorted(new File("b").list()) + " x " + sorted(new File("x").list()) + " m "
                + sorted(new File("m").list()));
    }

    private static String sorted(String[] names) {
        if (names == null) {
            return "null";
        }
        Arrays.sort(names);
        return Arrays.toString(names);
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
