package io.jplr.test.apps;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One of each effect: appends a line, creates a temp file and renames it, appends a byte through
 * RandomAccessFile, and exchanges one message with a TCP server. Arguments: DIRECTORY PORT.
 */
public final class ExactlyOnce {
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]);
        Files.writeString(directory.resolve("log.txt"), "line\n", StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Path temporary = Files.createTempFile(directory, "part", ".tmp");
        Files.writeString(temporary, "content");
        Files.move(temporary, directory.resolve("final.txt"));
        try (RandomAccessFile file = new RandomAccessFile(directory.resolve("raf.bin").toFile(), "rw")) {
            file.seek(file.length());
            file.write('W');
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1]))) {
            OutputStream out = socket.getOutputStream();
            out.write("hello\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            System.out.println("reply: " + in.readLine());
        }
    }
}
