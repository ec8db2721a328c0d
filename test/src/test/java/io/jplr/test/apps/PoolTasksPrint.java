package io.jplr.test.apps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Tasks on thread pools that cross the boundary themselves: a fixed pool's tasks of uneven length print, read
 * the clock and a file, so that which worker runs which task differs from run to run; a cached pool's; a
 * scheduled pool's periodic task prints on every run; then a thread of the program's own prints. The lines of
 * different tasks come in any order.
 */
public final class PoolTasksPrint {
    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("pool", ".txt");
        Files.writeString(file, "shared");
        ExecutorService fixed = Executors.newFixedThreadPool(3);
        List<Future<Long>> sums = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int k = i;
            sums.add(fixed.submit(() -> {
                long sum = 0;
                for (int j = 0; j < 1_000_000 * (k % 4 + 1); j++) {
                    sum += j ^ k;
                }
                boolean clock = System.currentTimeMillis() > 0;
                System.out.println("fixed task " + k + " sum " + sum + " clock " + clock + " file "
                        + Files.readString(file));
                return sum;
            }));
        }
        long total = 0;
        for (Future<Long> sum : sums) {
            total += sum.get();
        }
        fixed.shutdown();
        ExecutorService cached = Executors.newCachedThreadPool();
        for (int i = 0; i < 6; i++) {
            int k = i;
            cached.execute(() -> System.out.println("cached task " + k));
        }
        cached.shutdown();
        cached.awaitTermination(30, TimeUnit.SECONDS);
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        CountDownLatch ticks = new CountDownLatch(3);
        ScheduledFuture<?> periodic = scheduler.scheduleAtFixedRate(() -> {
            if (ticks.getCount() > 0) {
                System.out.println("tick " + ticks.getCount());
                ticks.countDown();
            }
        }, 5, 20, TimeUnit.MILLISECONDS);
        ticks.await();
        periodic.cancel(false);
        scheduler.shutdown();
        Files.delete(file);
        // The pools created their workers when timing said so; the program's own thread is numbered alike anyway.
        Thread own = new Thread(() -> System.out.println("own thread"));
        own.start();
        own.join();
        System.out.println("total " + total);
    }
}
