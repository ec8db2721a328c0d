package io.jplr.test.corpus;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** Files.write/readAllBytes/readString/readAllLines/writeString with options; CREATE_NEW, missing, malformed. */
public final class NioReadWrite {
    public static void main(String[] args) throws Exception {
        Path text = Path.of("text.txt");
        Files.writeString(text, "alpha\nbeta\n");
        Files.writeString(text, "gamma\n", APPEND);
        Files.write(text, List.of("delta", "epsilon"), StandardCharsets.UTF_8, APPEND);
        System.out.println("readString " + Files.readString(text).replace("\n", "|"));
        System.out.println("readAllLines " + Files.readAllLines(text));
        System.out.println("readAllBytes " + Files.readAllBytes(text).length);
        Files.write(text, "short".getBytes(StandardCharsets.US_ASCII));
        System.out.println("after default truncate " + Files.readString(text));
        Files.write(text, "LONG".getBytes(StandardCharsets.US_ASCII), WRITE);
        System.out.println("WRITE without truncate " + Files.readString(text));
        Files.write(text, "x".getBytes(StandardCharsets.US_ASCII), WRITE, TRUNCATE_EXISTING);
        System.out.println("WRITE TRUNCATE_EXISTING " + Files.readString(text));
        Files.writeString(Path.of("latin1.txt"), "caf\u00e9", StandardCharsets.ISO_8859_1, CREATE_NEW);
        System.out.println("latin1 bytes " + Arrays.toString(Files.readAllBytes(Path.of("latin1.txt"))));
        System.out.println("latin1 as latin1 " + Files.readString(Path.of("latin1.txt"), StandardCharsets.ISO_8859_1));
        System.out.println("lines from an empty file " + Files.readAllLines(Files.createFile(Path.of("empty.txt"))));
        Files.write(Path.of("crlf.txt"), "one\r\ntwo\rthree\n\nfive".getBytes(StandardCharsets.US_ASCII));
        System.out.println("mixed line ends " + Files.readAllLines(Path.of("crlf.txt")));
        show("CREATE_NEW on an existing file", () -> Files.writeString(text, "no", CREATE_NEW));
        show("APPEND without CREATE on a missing file", () -> Files.writeString(Path.of("missing.txt"), "no", APPEND));
        show("APPEND with CREATE on a missing file", () -> Files.writeString(Path.of("made.txt"), "made", APPEND, CREATE));
        show("READ as a write option", () -> Files.write(text, new byte[1], READ));
        show("APPEND with TRUNCATE_EXISTING", () -> Files.write(text, new byte[1], APPEND, TRUNCATE_EXISTING));
        show("readAllBytes on a missing file", () -> Files.readAllBytes(Path.of("missing.txt")));
        show("readString on a missing file", () -> Files.readString(Path.of("missing.txt")));
        show("readAllLines in a missing directory", () -> Files.readAllLines(Path.of("no/where.txt")));
        show("write in a missing directory", () -> Files.writeString(Path.of("no/where.txt"), "x"));
        Files.write(Path.of("bad-utf8.txt"), new byte[] {'a', (byte) 0xc3, (byte) 0x28});
        show("readString malformed", () -> Files.readString(Path.of("bad-utf8.txt")));
        show("readAllLines malformed", () -> Files.readAllLines(Path.of("bad-utf8.txt")));
        show("writeString unmappable", () -> Files.writeString(Path.of("ascii.txt"), "\u2603", StandardCharsets.US_ASCII));
        System.out.println("ascii.txt exists " + Files.exists(Path.of("ascii.txt")));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            if (result instanceof byte[]) {
                result = ((byte[]) result).length + " bytes";
            }
            System.out.println(label + ": " + result);
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
