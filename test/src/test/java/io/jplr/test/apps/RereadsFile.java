package io.jplr.test.apps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a file COUNT times and prints what it read each time. Arguments: FILE COUNT. */
public final class RereadsFile {
    public static void main(String[] args) throws IOException, InterruptedException {
        Path file = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            System.out.println(i + " " + Files.readString(file));
            Thread.sleep(2);
        }
    }
}
