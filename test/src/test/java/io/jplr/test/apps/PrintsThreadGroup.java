package io.jplr.test.apps;

/** Prints what the program's thread group holds: its count and its threads' names. */
public final class PrintsThreadGroup {
    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> { }, "worker");
        worker.start();
        worker.join();
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        Thread[] threads = new Thread[16];
        int count = group.enumerate(threads);
        System.out.println(group.getName() + ": activeCount " + Thread.activeCount() + ", enumerated " + count);
        for (int i = 0; i < count; i++) {
            System.out.println(threads[i].getName());
        }
    }
}
