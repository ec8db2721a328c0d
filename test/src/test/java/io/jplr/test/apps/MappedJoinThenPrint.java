package io.jplr.test.apps;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A worker fills the first 512 bytes of a mapped FILE with 0x77 and ends; the main thread joins it, prints
 * "written", and waits for a line on stdin before it exits. Natively the bytes are in the file before the
 * line is printed.
 */
public final class MappedJoinThenPrint {
    public static void main(String[] args) throws Exception {
        MappedByteBuffer map;
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            map = channel.map(FileChannel.MapMode.READ_WRITE, 0, 4096);
        }
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 512; i++) {
                map.put(i, (byte) 0x77);
            }
        });
        worker.start();
        worker.join();
        System.out.println("written");
        new BufferedReader(new InputStreamReader(System.in)).readLine();
    }
}
