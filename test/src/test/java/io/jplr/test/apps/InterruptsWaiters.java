package io.jplr.test.apps;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Interrupts threads that wait for the world: one waiting for a child process that runs for an hour, one taking
 * from a watch service nothing happens in, one polling it with an hour's timeout, and a thread that waits for a
 * process with its flag set. Each prints what it caught and its flag; the child is then destroyed. Natively it
 * ends in well under a second.
 */
public final class InterruptsWaiters {
    public static void main(String[] args) throws Exception {
        Process child = new ProcessBuilder("sleep", "3600").start();
        interrupt("waitFor", () -> System.out.println("exit " + child.waitFor()));
        interrupt("waitFor(timeout)", () -> System.out.println("exited " + child.waitFor(1, TimeUnit.HOURS)));
        Path directory = Files.createTempDirectory("interrupts");
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            directory.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            interrupt("take", () -> System.out.println("key " + watch.take()));
            interrupt("poll(timeout)", () -> System.out.println("key " + watch.poll(1, TimeUnit.HOURS)));
        }
        Thread.currentThread().interrupt();
        try {
            System.out.println("exited " + child.waitFor(1, TimeUnit.HOURS));
        } catch (InterruptedException e) {
            System.out.println("main waitFor with its flag set: " + e.getMessage() + ", flag "
                    + Thread.currentThread().isInterrupted());
        }
        child.destroyForcibly();
        System.out.println("destroyed, exit " + child.waitFor());
        Files.delete(directory);
    }

    private interface Wait {
        void run() throws Exception;
    }

    /** Runs the wait on a thread of its own, interrupts it once it has started, and waits for it to end. */
    private static void interrupt(String what, Wait wait) throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Thread waiter = new Thread(() -> {
            started.countDown();
            try {
                wait.run();
            } catch (InterruptedException e) {
                System.out.println(what + ": InterruptedException " + e.getMessage() + ", flag "
                        + Thread.currentThread().isInterrupted());
            } catch (Exception e) {
                System.out.println(what + ": " + e);
            }
        });
        waiter.start();
        started.await();
        Thread.sleep(50);
        waiter.interrupt();
        waiter.join();
    }
}
