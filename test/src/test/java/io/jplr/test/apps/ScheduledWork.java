package io.jplr.test.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduled pool whose worker goes idle (on JDK 17 an idle worker waits on a Condition, which touches
 * ForkJoinPool) while the main thread reads the common pool's parallelism straight after: two threads race
 * to initialize ForkJoinPool, and the output must not depend on which wins.
 */
public final class ScheduledWork {
    public static void main(String[] args) throws Exception {
        ScheduledExecutorService scheduler = new ScheduledThreadPoolExecutor(1);
        List<ScheduledFuture<String>> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int k = i;
            results.add(scheduler.schedule(() -> "task " + k, 10 * (3 - k), TimeUnit.MILLISECONDS));
        }
        for (ScheduledFuture<String> result : results) {
            System.out.println(result.get());
        }
        System.out.println("common pool parallelism " + ForkJoinPool.getCommonPoolParallelism());
        scheduler.shutdown();
        System.out.println("terminated " + scheduler.awaitTermination(10, TimeUnit.SECONDS));
    }
}
