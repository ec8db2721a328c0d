package io.jplr.test.corpus;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** File.getCanonicalPath/getAbsolutePath relative to the working directory, through a symlink, with dots. */
public final class FileCanonicalPaths {
    private static String base;

    public static void main(String[] args) throws Exception {
        base = new File(".").getCanonicalPath();
        new File("real/sub").mkdirs();
        new File("real/sub/f.txt").createNewFile();
        Files.createSymbolicLink(Path.of("link"), Path.of("real/sub"));
        Files.createSymbolicLink(Path.of("file-link"), Path.of("real/sub/f.txt"));
        Files.createSymbolicLink(Path.of("dangling"), Path.of("nowhere"));
        for (String name : new String[] {".", "real", "real/sub/f.txt", "link", "link/f.txt", "file-link", "dangling",
                "real/./sub/../sub/f.txt", "link/..", "missing", "missing/../real", "real/missing/..", ""}) {
            File file = new File(name);
            System.out.println("'" + name + "' canonical " + relative(file.getCanonicalPath()) + " absolute "
                    + relative(file.getAbsolutePath()) + " canonicalFile " + relative(file.getCanonicalFile().getPath()));
        }
        System.out.println("user.dir is cwd " + new File(System.getProperty("user.dir")).getCanonicalPath().equals(base));
        System.out.println("absolute file parent " + relative(new File("x/y").getAbsoluteFile().getParent()));
        System.out.println("toPath " + new File("real/../link").toPath() + " normalized "
                + new File("real/../link").toPath().normalize());
    }

    private static String relative(String path) {
        if (path.equals(base)) {
            return "<cwd>";
        }
        if (path.startsWith(base + "/")) {
            return "<cwd>/" + path.substring(base.length() + 1);
        }
        String absoluteBase = new File("").getAbsolutePath();
        if (path.equals(absoluteBase)) {
            return "<abs>";
        }
        if (path.startsWith(absoluteBase + "/")) {
            return "<abs>/" + path.substring(absoluteBase.length() + 1);
        }
        return "outside: " + path.length();
    }
}
