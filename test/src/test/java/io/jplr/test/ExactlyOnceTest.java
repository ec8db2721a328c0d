package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplr.test.apps.ExactlyOnce;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Under TMR, three replicas run the program, and the world sees every effect once. */
class ExactlyOnceTest {
    @TempDir
    Path directory;

    @Test
    void everyEffectHappensOnceUnderTmr() throws IOException {
        try (EchoServer server = new EchoServer()) {
            Run run = Launch.under("TMR", Jvm.current())
                    .app(ExactlyOnce.class, directory.toString(), Integer.toString(server.port())).run();
            assertEquals(0, run.exitStatus(), run::toString);
            assertEquals("reply: HELLO\n", run.out());
            assertEquals("", run.err());
            assertEquals("line\n", Files.readString(directory.resolve("log.txt")), "one appended line");
            assertEquals("content", Files.readString(directory.resolve("final.txt")));
            assertEquals("W", Files.readString(directory.resolve("raf.bin")), "one RandomAccessFile write");
            assertEquals(List.of("final.txt", "log.txt", "raf.bin"), names(directory), "one file, no leftovers");
            assertEquals(1, server.connections(), "one connection");
            assertEquals(List.of("hello"), server.lines(), "one message");
        }
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
