package io.jplr.test.corpus;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Symbolic links: create, read, test, toRealPath relative to the cwd; dangling, loops, not a link, existing. */
public final class NioSymbolicLinks {
    private static Path base;

    public static void main(String[] args) throws Exception {
        base = Path.of(".").toRealPath();
        Files.createDirectories(Path.of("real/sub"));
        Files.writeString(Path.of("real/sub/f.txt"), "through links");
        System.out.println("create " + Files.createSymbolicLink(Path.of("to-sub"), Path.of("real/sub")));
        Files.createSymbolicLink(Path.of("to-file"), Path.of("to-sub/f.txt"));
        Files.createSymbolicLink(Path.of("dangling"), Path.of("nowhere"));
        Files.createSymbolicLink(Path.of("loop-a"), Path.of("loop-b"));
        Files.createSymbolicLink(Path.of("loop-b"), Path.of("loop-a"));
        Files.createSymbolicLink(Path.of("real/up"), Path.of(".."));
        Files.createSymbolicLink(Path.of("absolute"), base.resolve("real"));
        System.out.println("readSymbolicLink " + Files.readSymbolicLink(Path.of("to-sub")) + ", "
                + Files.readSymbolicLink(Path.of("to-file")) + ", " + Files.readSymbolicLink(Path.of("dangling"))
                + ", " + Files.readSymbolicLink(Path.of("real/up")));
        System.out.println("absolute link target is absolute " + Files.readSymbolicLink(Path.of("absolute")).isAbsolute());
        for (String name : new String[] {"to-sub", "to-file", "dangling", "loop-a", "real/up", "absolute", "real"}) {
            Path path = Path.of(name);
            System.out.println(name + ": isSymbolicLink " + Files.isSymbolicLink(path) + " exists " + Files.exists(path)
                    + " exists NOFOLLOW " + Files.exists(path, NOFOLLOW_LINKS) + " notExists " + Files.notExists(path)
                    + " isDirectory " + Files.isDirectory(path) + " isDirectory NOFOLLOW "
                    + Files.isDirectory(path, NOFOLLOW_LINKS) + " isRegularFile " + Files.isRegularFile(path));
        }
        System.out.println("read through links " + Files.readString(Path.of("to-file")));
        System.out.println("toRealPath to-file " + relative(Path.of("to-file").toRealPath()));
        System.out.println("toRealPath to-file NOFOLLOW " + relative(Path.of("to-file").toRealPath(NOFOLLOW_LINKS)));
        System.out.println("toRealPath real/up/to-sub " + relative(Path.of("real/up/to-sub").toRealPath()));
        System.out.println("toRealPath absolute/sub " + relative(Path.of("absolute/sub").toRealPath()));
        System.out.println("toRealPath . " + relative(Path.of(".").toRealPath()));
        System.out.println("write through a link");
        Files.writeString(Path.of("to-file"), "rewritten");
        System.out.println("target now " + Files.readString(Path.of("real/sub/f.txt")));
        show("toRealPath dangling", () -> Path.of("dangling").toRealPath());
        show("toRealPath loop", () -> Path.of("loop-a").toRealPath());
        show("read a loop", () -> Files.readString(Path.of("loop-a")));
        show("readSymbolicLink on a file", () -> Files.readSymbolicLink(Path.of("real/sub/f.txt")));
        show("readSymbolicLink on a missing file", () -> Files.readSymbolicLink(Path.of("missing")));
        show("createSymbolicLink over an existing one", () -> Files.createSymbolicLink(Path.of("to-sub"), Path.of("x")));
        show("createSymbolicLink in a missing directory", () -> Files.createSymbolicLink(Path.of("no/link"),
                Path.of("x")));
        show("write through a dangling link", () -> Files.writeString(Path.of("dangling"), "created the target"));
        System.out.println("nowhere now exists " + Files.exists(Path.of("nowhere")));
    }

    private static String relative(Path path) {
        return path.startsWith(base) ? "<cwd>/" + base.relativize(path) : "outside";
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            System.out.println(label + ": " + (result instanceof Path && ((Path) result).isAbsolute()
                    ? relative((Path) result) : result));
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
