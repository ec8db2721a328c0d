package io.jplr.test.apps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A Java agent with an effect on the outside: its premain appends a line to the file named by its argument. */
public final class AppendingAgent {
    public static void premain(String file) throws IOException {
        Files.writeString(Path.of(file), "premain\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
