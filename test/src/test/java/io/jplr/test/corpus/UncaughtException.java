package io.jplr.test.corpus;

import java.nio.file.Files;
import java.nio.file.Path;

/** An uncaught exception thrown by the program itself after writing a file: exit 1, a stack trace on stderr. */
public final class UncaughtException {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("partial.txt"), "written before the failure\n");
        System.out.println("about to fail");
        fail(Files.readString(Path.of("partial.txt")).trim());
    }

    private static void fail(String detail) {
        throw new IllegalStateException("program failure: " + detail, new ArithmeticException("the cause"));
    }
}
