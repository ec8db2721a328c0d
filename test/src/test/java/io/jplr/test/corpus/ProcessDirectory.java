package io.jplr.test.corpus;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** ProcessBuilder.directory and Runtime.exec with a dir: pwd printed relative, files created there; missing. */
public final class ProcessDirectory {
    private static String base;

    public static void main(String[] args) throws Exception {
        base = Path.of(".").toRealPath().toString();
        new File("work/inner").mkdirs();
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", "pwd; echo made > made-here.txt; ls");
        System.out.println("default directory " + builder.directory());
        System.out.println("in the cwd: " + run(builder));
        builder.directory(new File("work"));
        System.out.println("directory " + builder.directory() + ": " + run(builder));
        builder.directory(new File("work/inner/.."));
        System.out.println("directory with dots: " + run(builder));
        Process runtime = Runtime.getRuntime().exec(new String[] {"pwd"}, null, new File("work/inner"));
        System.out.println("Runtime.exec dir: " + relative(new String(runtime.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)) + " exit " + runtime.waitFor());
        builder.directory(new File("missing"));
        try {
            builder.start();
        } catch (Exception e) {
            System.out.println("missing directory: " + e.getClass().getName() + ": " + relative(e.getMessage()));
        }
        builder.directory(new File("work/made-here.txt"));
        try {
            builder.start();
        } catch (Exception e) {
            System.out.println("a file as directory: " + e.getClass().getName() + ": " + relative(e.getMessage()));
        }
        System.out.println("made-here.txt in work " + new File("work/made-here.txt").exists() + " in cwd "
                + new File("made-here.txt").exists());
    }

    private static String run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return relative(out) + " exit " + process.waitFor();
    }

    private static String relative(String text) {
        return text.replace(base, "<cwd>").replace(new File("").getAbsolutePath(), "<abs>").replace("\n", "|");
    }
}
