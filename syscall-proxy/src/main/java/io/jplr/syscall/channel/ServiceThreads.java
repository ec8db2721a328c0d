package io.jplr.syscall.channel;

/**
 * jPLR's own threads in a replica (setup, doorbell, watchdog). They live in the JVM's system thread group, beside
 * its other service threads (reference handler, signal dispatcher), not in the application's {@code main} group:
 * {@code Thread.activeCount()} and the group's enumeration show the program what they show natively.
 */
public final class ServiceThreads {
    private ServiceThreads() {
    }

    /** A new thread in the system group, not started, running {@code task}. */
    public static Thread create(String name, boolean daemon, Runnable task) {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null) {
            group = group.getParent();
        }
        // No inherited thread-locals: nothing of the creating thread's may leak into jPLR's.
        Thread thread = new Thread(group, task, name, 0, false);
        thread.setDaemon(daemon);
        return thread;
    }
}
