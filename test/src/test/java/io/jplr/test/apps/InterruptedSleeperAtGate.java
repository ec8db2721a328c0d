package io.jplr.test.apps;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A thread sleeping for an hour is interrupted by the main thread, which then lets it print whether its flag is
 * set; then the main thread waits at a gate (a line on stdin). A replica started while the program waits there
 * replays the sleep's answer (interrupted) at once, before its own main thread has interrupted anyone: the sleeper
 * must not go on before that interrupt came, which natively is what woke it.
 */
public final class InterruptedSleeperAtGate {
    public static void main(String[] args) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        Thread sleeper = new Thread(() -> {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.HOURS.toMillis(1));
                System.out.println("sleeper: slept an hour");
            } catch (InterruptedException e) {
                System.out.println("sleeper: woken, " + e.getMessage());
            }
            boolean waited = false;
            while (!waited) {
                try {
                    interrupted.await();
                    waited = true;
                } catch (InterruptedException again) {
                    System.out.println("sleeper: interrupted again");
                }
            }
            System.out.println("sleeper: flag " + Thread.currentThread().isInterrupted());
        }, "sleeper");
        sleeper.start();
        started.await();
        // Ten calls, not one: a replica replaying them takes longer to get here than the sleeper to its answer.
        for (int i = 0; i < 10; i++) {
            Thread.sleep(5);
        }
        sleeper.interrupt();
        interrupted.countDown();
        sleeper.join();
        System.out.println("waiting at the gate");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        System.out.println("gate: " + in.readLine());
    }
}
