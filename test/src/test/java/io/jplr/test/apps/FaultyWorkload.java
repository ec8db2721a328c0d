package io.jplr.test.apps;

import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A deterministic computation of a few seconds under TMR that can misbehave in one chosen replica. It prints
 * lines 1 to 600 ({@code -Dworkload.lines}), each with a hash that needs some hundred thousand steps of an LCG
 * and depends on every line before it, writes "progress N" on stderr every 200 lines and, given a file as
 * args[0], appends every 100th line to it (one write each, so each is an effect of its own).
 *
 * <p>The fault: the master's test-only switch {@code -Djplr.test.faultyReplica=K} gives the replica started
 * with ordinal K the property {@code jplr.test.faulty=K}; if {@code fault.line.K} is set too, that replica
 * misbehaves at that line, as {@code fault.kind} says: {@code corrupt} (default: prints the line with one bit
 * of its hash flipped, as a bad core would), {@code crash} (SIGSEGV in the JVM), {@code exit} (status 3),
 * {@code spin} (loops forever without another call), or {@code straggle} (a thread of its own prints a line). Every other replica, and a native run, never see it.
 *
 * <p>Gates, for tests that act on a replica mid-run: {@code -Dworkload.gates=200,500} reads one line from
 * stdin before printing each of those lines. Under jPLR the master performs that read once, after the lines
 * before it are written, so while the test holds stdin back, no replica is past the gate; the output is the
 * same as without gates.
 */
public final class FaultyWorkload {
    private static final int STEPS = 400_000;
    /** Read in the loop so that the JIT cannot prove the spinning loop endless and useless. */
    private static volatile boolean spinning = true;

    public static void main(String[] args) throws Exception {
        int lines = Integer.getInteger("workload.lines", 600);
        String ordinal = System.getProperty("jplr.test.faulty");
        int faultLine = ordinal == null ? 0 : Integer.getInteger("fault.line." + ordinal, 0);
        String kind = System.getProperty("fault.kind", "corrupt");
        Set<Integer> gates = numbers(System.getProperty("workload.gates", ""));
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        FileOutputStream file = args.length > 0 ? new FileOutputStream(args[0], true) : null;
        long hash = 1;
        for (int line = 1; line <= lines; line++) {
            if (gates.contains(line)) {
                stdin.readLine();
            }
            hash = work(hash, line);
            String text = "line " + line + " " + Long.toHexString(hash);
            if (line == faultLine) {
                text = misbehave(kind, line, hash);
            }
            System.out.println(text);
            if (line % 200 == 0) {
                System.err.println("progress " + line);
            }
            if (file != null && line % 100 == 0) {
                file.write((text + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        if (file != null) {
            file.close();
        }
    }

    private static long work(long hash, int line) {
        long state = hash ^ line;
        for (int i = 0; i < STEPS; i++) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            hash = Long.rotateLeft(hash ^ (state >>> 29), 7);
        }
        return hash;
    }

    /** Returns the line to print instead, or never returns. */
    private static String misbehave(String kind, int line, long hash) throws Exception {
        switch (kind) {
            case "corrupt":
                return "line " + line + " " + Long.toHexString(hash ^ 1);
            case "exit":
                System.exit(3);
                break;
            case "crash":
                crash();
                break;
            case "throw":
                // An uncaught exception with a long stack trace: many more stderr writes than the healthy
                // replicas make before their exit.
                return deepThrow(60, line);
            case "straggle":
                // A thread no other replica starts, whose one line comes while they still run: only this
                // replica ever makes that call.
                Thread straggler = new Thread(() -> System.out.println("a line no other replica prints"));
                straggler.start();
                straggler.join();
                return "line " + line + " " + Long.toHexString(hash);
            case "spin":
                while (spinning) {
                    hash = hash * 6364136223846793005L + 1;
                }
                break;
            default:
                throw new IllegalArgumentException("fault.kind " + kind);
        }
        throw new IllegalStateException(kind + " fault did not happen at line " + line);
    }

    private static String deepThrow(int depth, int line) {
        if (depth == 0) {
            throw new IllegalStateException("bad state at line " + line);
        }
        return deepThrow(depth - 1, line);
    }

    /** A read of address 0 through sun.misc.Unsafe: the JVM dies of SIGSEGV and writes hs_err_pid*.log. */
    private static void crash() throws Exception {
        Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
        Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
        theUnsafe.setAccessible(true);
        Object unsafe = theUnsafe.get(null);
        unsafeClass.getMethod("getLong", long.class).invoke(unsafe, 0L);
    }

    private static Set<Integer> numbers(String list) {
        Set<Integer> numbers = new HashSet<>();
        for (String number : list.split(",")) {
            if (!number.isBlank()) {
                numbers.add(Integer.parseInt(number.trim()));
            }
        }
        return numbers;
    }

    private FaultyWorkload() {
    }
}
