package io.jplr.test.apps;

import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CountDownLatch;

/**
 * Threads writing into one mapping: a worker writes 100 longs and ends, and the main thread, after joining
 * it, reads them back through the mapping; a daemon writes one long and waits forever, and the program exits
 * while it still waits. Natively every write is in the file at the end.
 */
public final class MappedThreads {
    public static void main(String[] args) throws Exception {
        MappedByteBuffer map;
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            map = channel.map(FileChannel.MapMode.READ_WRITE, 0, 4096);
        }
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 100; i++) {
                map.putLong(8 * i, i * 3L);
            }
        });
        worker.start();
        worker.join();
        long sum = 0;
        for (int i = 0; i < 100; i++) {
            sum += map.getLong(8 * i);
        }
        System.out.println("sum " + sum);
        CountDownLatch written = new CountDownLatch(1);
        Thread daemon = new Thread(() -> {
            map.putLong(2048, 0x5EEDL);
            written.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        daemon.setDaemon(true);
        daemon.start();
        written.await();
        System.exit(3);
    }
}
