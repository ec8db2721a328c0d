package io.jplr.test.apps;

import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The {@code mapped-exchange} sample's side of the exchange (same file layout, same values, same answers
 * expected from {@code mapped-peer}), with a fault: the replica the master's test-only switch names
 * ({@code jplr.test.faulty=K}) writes value number {@code fault.line.K} with one bit flipped, as a bad core
 * would. Args: FILE COUNT. With {@code -Dexchange.gate=N} it reads a line from stdin before exchange N (under
 * jPLR the master reads it once, so a test holds every replica there until it sends the line).
 */
public final class MappedFaultyExchange {
    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        String ordinal = System.getProperty("jplr.test.faulty");
        int faultAt = ordinal == null ? 0 : Integer.getInteger("fault.line." + ordinal, 0);
        int gate = Integer.getInteger("exchange.gate", 0);
        MappedByteBuffer file;
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            file = channel.map(FileChannel.MapMode.READ_WRITE, 0, 4096);
        }
        long value = 0x9E3779B97F4A7C15L;
        for (int number = 1; number <= count; number++) {
            if (number == gate) {
                new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
            }
            value ^= value << 13;
            value ^= value >>> 7;
            value ^= value << 17;
            file.putLong(0, number == faultAt ? value ^ (1L << 40) : value);
            file.putInt(8, number);
            while (file.getInt(24) != number) {
                Thread.sleep(1);
            }
            System.out.println(number + " " + Long.toHexString(value) + " -> " + Long.toHexString(file.getLong(16)));
        }
        file.putInt(8, -1);
        file.force();
    }
}
