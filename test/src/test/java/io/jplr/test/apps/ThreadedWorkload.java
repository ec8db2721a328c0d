package io.jplr.test.apps;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Calls from several threads, one after the other so that the output is deterministic: a worker prints 300
 * lines of a chained hash, the main thread then waits for a line on stdin (a gate a test holds), and a second
 * worker prints 300 more. Each thread is a call stream of its own, so a replacement replays one stream from
 * the log while it votes on another again.
 */
public final class ThreadedWorkload {
    public static void main(String[] args) throws Exception {
        long[] hash = {1};
        run("first", hash);
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        run("second", hash);
        System.out.println("done " + Long.toHexString(hash[0]));
    }

    private static void run(String name, long[] hash) throws InterruptedException {
        Thread worker = new Thread(() -> {
            for (int line = 1; line <= 300; line++) {
                long state = hash[0] ^ line;
                for (int i = 0; i < 200_000; i++) {
                    state = state * 6364136223846793005L + 1442695040888963407L;
                    hash[0] = Long.rotateLeft(hash[0] ^ (state >>> 29), 7);
                }
                System.out.println(name + " " + line + " " + Long.toHexString(hash[0]));
            }
        }, name);
        worker.start();
        worker.join();
    }
}
