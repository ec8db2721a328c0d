package io.jplr.test.apps;

import java.util.HashSet;
import java.util.Set;

/**
 * Prints what the program's thread group holds (its count, its threads' names), the id the program's first own
 * thread gets, and whether every live thread's id is its own.
 */
public final class PrintsThreadGroup {
    public static void main(String[] args) throws InterruptedException {
        Thread worker = new Thread(() -> { }, "worker");
        worker.start();
        worker.join();
        System.out.println("first thread id " + worker.getId());
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        Thread[] threads = new Thread[64];
        int count = group.enumerate(threads);
        System.out.println(group.getName() + ": activeCount " + Thread.activeCount() + ", enumerated " + count);
        for (int i = 0; i < count; i++) {
            System.out.println(threads[i].getName());
        }
        ThreadGroup root = group;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        int all = root.enumerate(threads, true);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < all; i++) {
            ids.add(threads[i].getId());
        }
        System.out.println("every thread id unique " + (ids.size() == all));
    }
}
