package io.jplr.test.apps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Crosses the boundary with the interrupt flag set, as a thread does that caught an InterruptedException,
 * restored the flag and then logged it: prints, reads a file and prints again, on the main thread and on a
 * worker the main thread interrupts while it waits on a latch. Each time after a pause, so that the master is asleep and must be woken.
 */
public final class PrintsWhileInterrupted {
    public static void main(String[] args) throws Exception {
        Path file = Files.createTempFile("interrupted", ".txt");
        Files.writeString(file, "contents");
        for (int i = 0; i < 4; i++) {
            Thread.sleep(60);
            Thread.currentThread().interrupt();
            System.out.println("main " + i + ", interrupted " + Thread.currentThread().isInterrupted());
            System.out.println("read " + Files.readString(file) + ", still interrupted "
                    + Thread.currentThread().isInterrupted());
            Thread.interrupted();
        }
        CountDownLatch never = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try {
                never.await();
                System.out.println("worker was not interrupted");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.out.println("worker interrupted, flag restored " + Thread.currentThread().isInterrupted());
                try {
                    Thread.sleep(0);
                } catch (InterruptedException again) {
                    System.out.println("worker: sleep saw the flag");
                }
            }
        });
        worker.start();
        Thread.sleep(60);
        worker.interrupt();
        worker.join();
        Files.delete(file);
        System.out.println("done");
    }
}
