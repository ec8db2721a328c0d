package io.jplr.replica;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stack of a replica the master is about to kill, for the report: the master sends the replica's JVM
 * SIGQUIT, HotSpot prints a thread dump to the JVM's stdout, which is the replica's log, and this reads the
 * interesting threads out of it.
 *
 * <p>What HotSpot (17 and 25 alike) prints: a time stamp, "Full thread dump &lt;VM&gt; (&lt;version&gt;):",
 * the "Threads class SMR info" block, then one block per thread separated by blank lines, Java threads
 * first, headed {@code "name" #1 prio=5 ...} (JDK 21 and later: {@code "name" #1 [nid] prio=5 ...}, with
 * {@code daemon} before {@code prio} for daemon threads) and followed by the thread state and the
 * {@code at}/{@code -} lines; the JVM's own threads ({@code "VM Thread" os_prio=0 ...}) have no number; then
 * "JNI global refs: ...", possibly a deadlock report, and the heap summary ("Heap" and its lines). The
 * threads are complete once the "JNI global refs" line (or, should it be missing, "Heap") has appeared.
 */
public final class ThreadDump {
    /** At most this many lines are returned, so that a deep or crowded dump does not swamp the report. */
    static final int MAX_LINES = 200;
    private static final long POLL_MILLIS = 20;

    private ThreadDump() {
    }

    /**
     * Waits for the thread dump the replica prints after {@code fromOffset} and returns the stack of the
     * thread called exactly {@code threadName}: its header line and its {@code at}/{@code -} lines, leading
     * white space removed. If no thread has that name, the stacks of every application thread (a numbered,
     * non-daemon Java thread other than DestroyJavaVM) instead. At most {@link #MAX_LINES} lines; what was
     * found by the deadline if the dump is not complete by then; empty if none began. Never throws: a log
     * that cannot be read gives what was found so far.
     *
     * @param fromOffset the log's {@link #size} taken before the signal, so an earlier dump is not taken
     */
    public static List<String> awaitStack(Path log, long fromOffset, String threadName, long timeoutMillis) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        LogTail tail = new LogTail(log, fromOffset);
        Scan scan = new Scan(threadName);
        try {
            while (true) {
                for (List<String> lines = tail.readLines(); !lines.isEmpty(); lines = tail.readLines()) {
                    for (String line : lines) {
                        if (scan.complete(line)) {
                            return scan.stack();
                        }
                    }
                }
                if (System.nanoTime() - deadline >= 0) {
                    return scan.stack();
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (IOException unreadable) {
            return scan.stack();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return scan.stack();
        }
    }

    /** The log's size now, the offset to take before signalling; 0 if it cannot be read (yet). */
    public static long size(Path log) {
        try {
            return Files.size(log);
        } catch (IOException missing) {
            return 0;
        }
    }

    /** Goes through the log's lines once, keeping the named thread's stack and the application threads'. */
    private static final class Scan {
        /** A Java thread's header; group 1 the name (greedy: a name may contain quotes), group 2 "daemon ". */
        private static final Pattern JAVA_THREAD = Pattern.compile("^\"(.*)\" #\\d+ (?:\\[\\d+\\] )?(daemon )?prio=");

        private final String threadName;
        private final List<String> named = new ArrayList<>();
        private final List<String> application = new ArrayList<>();
        private boolean inDump;
        /** Where the current thread's lines go: named, application, or null to skip them. */
        private List<String> current;

        Scan(String threadName) {
            this.threadName = threadName;
        }

        /** Takes the next line; true once the dump's threads are complete. */
        boolean complete(String line) {
            if (!inDump) {
                // contains: the program may have left a line unfinished when the dump began.
                inDump = line.contains("Full thread dump ");
                return false;
            }
            if (line.startsWith("JNI global refs:") || line.equals("Heap")) {
                return true;
            }
            String trimmed = line.strip();
            if (line.startsWith("\"")) {
                current = listFor(line);
                add(line);
            } else if (trimmed.isEmpty()) {
                current = null;
            } else if (trimmed.startsWith("at ") || trimmed.startsWith("- ")) {
                add(trimmed);
            }
            return false;
        }

        private List<String> listFor(String header) {
            Matcher m = JAVA_THREAD.matcher(header);
            if (!m.lookingAt()) {
                return null;
            }
            if (m.group(1).equals(threadName)) {
                return named;
            }
            boolean daemon = m.group(2) != null;
            return daemon || m.group(1).equals("DestroyJavaVM") ? null : application;
        }

        private void add(String line) {
            if (current != null && current.size() < MAX_LINES) {
                current.add(line);
            }
        }

        List<String> stack() {
            return List.copyOf(named.isEmpty() ? application : named);
        }
    }
}
