package io.jplr.test.corpus;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** System.exit(3) after stderr output, with a shutdown hook that writes a file and deleteOnExit files. */
public final class ExitStatusAndStderr {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("before-exit.txt"), "written before exit\n");
        File doomed = new File("deleted-on-exit.txt");
        doomed.createNewFile();
        doomed.deleteOnExit();
        Files.createDirectory(Path.of("doomed-dir"));
        new File("doomed-dir").deleteOnExit();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.writeString(Path.of("from-hook.txt"), "the hook ran\n");
                System.out.println("hook: deleted-on-exit.txt still there " + doomed.exists());
            } catch (Exception e) {
                System.out.println("hook failed: " + e);
            }
        }));
        System.out.println("stdout line");
        System.err.println("stderr line 1");
        System.out.println("exists before exit " + doomed.exists());
        System.err.println("stderr line 2, exiting with 3");
        System.exit(3);
    }
}
