package io.jplr.test.apps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Interrupts sleeping threads, as programs stop their workers: a thread sleeping for an hour woken by another's
 * interrupt, a thread that interrupts itself and then sleeps, a pool's {@code shutdownNow} waking the tasks it
 * runs, a periodic task cancelled with {@code cancel(true)}, and a virtual thread where the runtime has them (JDK 21+). Each prints the exception as it was caught,
 * the top of its stack trace (the JDK's frames by method), and the flag afterwards. Natively it ends in well under a second.
 */
public final class InterruptsSleepers {
    private static final long HOUR = TimeUnit.HOURS.toMillis(1);

    public static void main(String[] args) throws Exception {
        wokenByAnother(Thread::new, "platform");
        ThreadFactory virtual = virtualThreads();
        if (virtual != null) {
            wokenByAnother(virtual, "virtual");
        } else {
            System.out.println("virtual: none before JDK 21");
        }

        Thread.currentThread().interrupt();
        try {
            Thread.sleep(0, 1); // over at once: the flag, set before, decides
            System.out.println("main: slept with its flag set");
        } catch (InterruptedException e) {
            print("main sleep(ms, ns)", e);
        }
        Thread.currentThread().interrupt();
        try {
            TimeUnit.SECONDS.sleep(3600);
            System.out.println("main: slept an hour");
        } catch (InterruptedException e) {
            print("main TimeUnit.sleep", e);
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch sleeping = new CountDownLatch(2);
        List<Future<String>> tasks = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int k = i;
            tasks.add(pool.submit(() -> {
                sleeping.countDown();
                try {
                    Thread.sleep(HOUR);
                    return "task " + k + " slept an hour";
                } catch (InterruptedException e) {
                    return "task " + k + " woken: " + e.getMessage();
                }
            }));
        }
        sleeping.await();
        Thread.sleep(50);
        pool.shutdownNow();
        for (Future<String> task : tasks) {
            System.out.println(task.get());
        }
        System.out.println("pool terminated " + pool.awaitTermination(1, TimeUnit.MINUTES));
        cancelledPeriodicTask();
        System.out.println("main: flag " + Thread.currentThread().isInterrupted());
    }

    /**
     * {@code cancel(true)} wakes a periodic task's sleep: the task is not scheduled again, as its future was
     * cancelled before the interrupt (a replica that let the sleep end before its own cancel ran it twice).
     */
    private static void cancelledPeriodicTask() throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch sleeping = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        AtomicReference<String> woken = new AtomicReference<>();
        ScheduledFuture<?> periodic = scheduler.scheduleAtFixedRate(() -> {
            runs.incrementAndGet();
            sleeping.countDown();
            try {
                Thread.sleep(HOUR);
            } catch (InterruptedException e) {
                woken.set(e.getMessage());
            }
        }, 0, 10, TimeUnit.MILLISECONDS);
        sleeping.await();
        Thread.sleep(50);
        periodic.cancel(true);
        scheduler.shutdown();
        System.out.println("periodic task terminated " + scheduler.awaitTermination(1, TimeUnit.MINUTES) + ", runs "
                + runs.get() + ", woken: " + woken.get() + ", cancelled " + periodic.isCancelled());
    }

    /** A thread sleeps for an hour; this one interrupts it (before or while it sleeps: either way it throws). */
    private static void wokenByAnother(ThreadFactory threads, String kind) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread sleeper = threads.newThread(() -> {
            started.countDown();
            try {
                Thread.sleep(HOUR);
                System.out.println(kind + ": slept an hour");
            } catch (InterruptedException e) {
                print(kind + ": sleeper", e);
            }
        });
        sleeper.start();
        started.await();
        Thread.sleep(50);
        sleeper.interrupt();
        sleeper.join();
    }

    private static void print(String who, InterruptedException e) {
        StringBuilder line = new StringBuilder(who + ": InterruptedException: " + e.getMessage() + ", flag "
                + Thread.currentThread().isInterrupted());
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith(InterruptsSleepers.class.getName())) {
                line.append("\n  at ").append(frame);
                break;
            }
            // Not the JDK's line: a virtual thread's sleep throws from one line if the interrupt came before it
            // parked, from another if while it was parked, natively a race.
            line.append("\n  at ").append(frame.getClassName()).append('.').append(frame.getMethodName());
        }
        System.out.println(line);
    }

    private static ThreadFactory virtualThreads() {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            return (ThreadFactory) Class.forName("java.lang.Thread$Builder").getMethod("factory").invoke(builder);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
