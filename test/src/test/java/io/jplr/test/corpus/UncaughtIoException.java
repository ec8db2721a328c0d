package io.jplr.test.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** An uncaught NoSuchFileException from Files.readString: exit 1 and the JDK's stack trace on stderr. */
public final class UncaughtIoException {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("present.txt"), "present\n");
        System.out.println("reading present.txt: " + Files.readString(Path.of("present.txt")).trim());
        System.out.println("reading absent.txt");
        System.out.println(Files.readString(Path.of("absent.txt")));
    }
}
