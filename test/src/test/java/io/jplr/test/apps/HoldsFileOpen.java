package io.jplr.test.apps;

import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds a file open three ways (FileInputStream, RandomAccessFile, a nio channel), says so, and waits for a
 * line on stdin before closing them. Argument: the file.
 */
public final class HoldsFileOpen {
    public static void main(String[] args) throws IOException {
        try (FileInputStream stream = new FileInputStream(args[0]);
                RandomAccessFile file = new RandomAccessFile(args[0], "r");
                SeekableByteChannel channel = Files.newByteChannel(Path.of(args[0]))) {
            System.out.println("open: " + stream.read() + " " + file.length() + " " + channel.size());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in)).readLine();
        }
        System.out.println("closed");
    }
}
