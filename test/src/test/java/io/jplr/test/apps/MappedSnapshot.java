package io.jplr.test.apps;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Maps FILE read-only and privately, prints the first long of each, waits for a line on stdin (while another
 * process changes the file), prints them again; writes into its private mapping and prints that.
 */
public final class MappedSnapshot {
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            MappedByteBuffer shared = channel.map(FileChannel.MapMode.READ_ONLY, 0, 4096);
            MappedByteBuffer own = channel.map(FileChannel.MapMode.PRIVATE, 0, 4096);
            System.out.println("before " + shared.getLong(0) + " " + own.getLong(0));
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            System.out.println("after " + shared.getLong(0) + " " + own.getLong(0));
            own.putLong(8, 1234);
            System.out.println("written " + own.getLong(8) + " " + shared.getLong(8));
        }
    }
}
