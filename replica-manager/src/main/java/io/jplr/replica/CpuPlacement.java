package io.jplr.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Which CPU each replica slot runs on. A defective core corrupts only the replica running on it, so where
 * there are enough CPUs each replica gets one of its own; a slot whose replica was found faulty moves to
 * another CPU, and CPUs implicated more often are chosen last.
 */
public final class CpuPlacement {
    /** The most CPUs a Linux kernel supports (the largest NR_CPUS). */
    static final int MAX_CPUS = 8192;
    private static final String ALLOWED_LIST = "Cpus_allowed_list:";

    private final int[] cpus;
    private final boolean pinned;
    private final String note;
    private final NativeCalls calls;
    private final SuspectCores suspects = new SuspectCores();
    /** The CPU of each slot's current or last replica; -1 before its first or when not pinned. */
    private final int[] cpuOf;
    /** Whether each slot's replica is running, holding its CPU. */
    private final boolean[] live;
    /** Whether each slot's last replica was released as suspect: its next one goes elsewhere if it can. */
    private final boolean[] suspect;

    private CpuPlacement(int slots, int[] cpus, String note, NativeCalls calls) {
        this.cpus = cpus;
        this.pinned = note.isEmpty();
        this.note = note;
        this.calls = calls;
        this.cpuOf = new int[slots];
        Arrays.fill(cpuOf, -1);
        this.live = new boolean[slots];
        this.suspect = new boolean[slots];
    }

    /** Plans {@code replicas} slots: see {@link #plan(int, int, int[], Supplier)}. */
    public static CpuPlacement plan(int replicas, int[] chosen, NativeCalls calls) {
        return plan(replicas, replicas, chosen, () -> calls);
    }

    /**
     * Plans for {@code replicas} replicas over {@code chosen} CPUs (ascending and distinct, as
     * {@link #parseList} returns them), or over the master's own CPUs when {@code chosen} is null. There may be
     * more {@code slots} than replicas (DMR's tie-breaker): a replica started while every CPU is held by
     * another runs unpinned. The native calls are loaded only if replicas can be pinned: loading JNA costs
     * the master about 90 ms of its start.
     *
     * @throws IllegalArgumentException if a chosen CPU is not one the master may run on
     */
    public static CpuPlacement plan(int replicas, int slots, int[] chosen, Supplier<NativeCalls> loader) {
        if (replicas < 1 || slots < replicas) {
            throw new IllegalArgumentException(replicas + " replicas");
        }
        String allowed = allowedCpus(ProcessHandle.current().pid());
        int[] mine = allowed.isEmpty() ? IntStream.range(0, Runtime.getRuntime().availableProcessors()).toArray()
                : parseList(allowed);
        int[] usable = chosen == null ? mine : chosen.clone();
        for (int cpu : usable) {
            if (Arrays.binarySearch(mine, cpu) < 0) {
                throw new IllegalArgumentException("CPU " + cpu + " is not one this process may run on ("
                        + join(mine) + ")");
            }
        }
        if (usable.length < replicas) {
            return new CpuPlacement(slots, usable, usable.length + (usable.length == 1 ? " CPU" : " CPUs")
                    + " for " + replicas + " replicas: replicas are not pinned", null);
        }
        NativeCalls calls = loader.get();
        String note = calls.available() ? ""
                : "native calls unavailable (" + calls.unavailableReason() + "): replicas are not pinned";
        return new CpuPlacement(slots, usable, note, calls);
    }

    /**
     * Parses a CPU list such as "0,2,4-6", the format of taskset and of /proc's Cpus_allowed_list.
     *
     * @return the CPUs, ascending
     * @throws IllegalArgumentException on anything else, repeated or out-of-order CPUs included
     */
    public static int[] parseList(String text) {
        BitSet parsed = new BitSet();
        int highest = -1;
        for (String item : text.split(",", -1)) {
            String range = item.trim();
            if (range.startsWith("-")) {
                throw new IllegalArgumentException("negative CPU '" + range + "' in '" + text + "'");
            }
            String[] bounds = range.split("-", -1);
            if (bounds.length > 2) {
                throw new IllegalArgumentException("not a CPU or a range of CPUs: '" + range + "' in '" + text + "'");
            }
            int first = cpu(bounds[0], text);
            int last = bounds.length == 2 ? cpu(bounds[1], text) : first;
            if (last < first) {
                throw new IllegalArgumentException("descending range '" + range + "' in '" + text + "'");
            }
            if (first <= highest) {
                throw new IllegalArgumentException("CPU " + first + " repeated or out of order in '" + text + "'");
            }
            parsed.set(first, last + 1);
            highest = last;
        }
        return parsed.stream().toArray();
    }

    private static int cpu(String number, String text) {
        String digits = number.trim();
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a CPU number: '" + digits + "' in '" + text + "'");
        }
        // Nine digits at most fit an int; any such number is already far beyond the CPUs Linux supports.
        int cpu = digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (cpu >= MAX_CPUS) {
            throw new IllegalArgumentException("CPU " + digits + " is beyond Linux's " + MAX_CPUS + " CPUs in '"
                    + text + "'");
        }
        return cpu;
    }

    private static String join(int[] cpus) {
        return Arrays.stream(cpus).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    /** The Cpus_allowed_list of a process, as in "0-3,6"; empty if it cannot be read (the process is gone). */
    public static String allowedCpus(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(line -> line.startsWith(ALLOWED_LIST))
                    .map(line -> line.substring(ALLOWED_LIST.length()).trim())
                    .findFirst().orElse("");
        } catch (IOException | UncheckedIOException gone) {
            return "";
        }
    }

    public boolean pinned() {
        return pinned;
    }

    /** The CPUs the replicas may use, ascending. */
    public int[] cpus() {
        return cpus.clone();
    }

    /** Why the replicas are not pinned, in one sentence; empty when they are. */
    public String note() {
        return note;
    }

    /** The CPUs implicated by faulty replicas; the master adds to it, CPU choices avoid the worst. */
    public SuspectCores suspects() {
        return suspects;
    }

    /**
     * Starts the replica of {@code slot}, pinned to its CPU from its first instruction: a child inherits the
     * affinity of the thread that forks it, so the calling thread is pinned to that CPU while it forks, and
     * restored after. Pinning after start-up would race with the threads the JVM starts. The caller must be a
     * platform thread: a virtual thread could move to another carrier between pinning and forking.
     */
    public synchronized Process start(int slot, ProcessBuilder builder) throws IOException {
        checkSlot(slot);
        if (!pinned) {
            return builder.start();
        }
        int cpu = choose(slot);
        if (cpu < 0 || heldByAnother(cpu, slot)) {
            cpuOf[slot] = -1;
            live[slot] = true;
            return builder.start();
        }
        int[] previous = calls.threadAffinity();
        calls.setThreadAffinity(new int[] {cpu});
        Process process;
        try {
            process = builder.start();
        } finally {
            calls.setThreadAffinity(previous);
        }
        cpuOf[slot] = cpu;
        live[slot] = true;
        suspect[slot] = false;
        return process;
    }

    private int choose(int slot) {
        int previous = cpuOf[slot];
        if (previous >= 0 && !suspect[slot] && !heldByAnother(previous, slot)) {
            return previous;
        }
        Map<Integer, Long> implicated = suspects.counts();
        int best = -1;
        for (int cpu : cpus) {
            if (heldByAnother(cpu, slot) || suspect[slot] && cpu == previous) {
                continue;
            }
            // Ascending CPUs and a strict comparison: among equally implicated CPUs, the lowest.
            if (best < 0 || implicated.getOrDefault(cpu, 0L) < implicated.getOrDefault(best, 0L)) {
                best = cpu;
            }
        }
        // Every other CPU is held: the suspect one is all there is (at most one slot per CPU when pinned).
        return best >= 0 ? best : previous;
    }

    private boolean heldByAnother(int cpu, int slot) {
        for (int other = 0; other < cpuOf.length; other++) {
            if (other != slot && live[other] && cpuOf[other] == cpu) {
                return true;
            }
        }
        return false;
    }

    /** The slot's replica is gone and its CPU free; if {@code suspect}, its next replica goes elsewhere if it can. */
    public synchronized void release(int slot, boolean suspect) {
        checkSlot(slot);
        live[slot] = false;
        this.suspect[slot] = suspect;
    }

    /** The CPU the slot's current or last replica was pinned to; -1 if none was. */
    public synchronized int cpuOf(int slot) {
        checkSlot(slot);
        return cpuOf[slot];
    }

    private void checkSlot(int slot) {
        if (slot < 0 || slot >= cpuOf.length) {
            throw new IllegalArgumentException("slot " + slot + " of " + cpuOf.length);
        }
    }
}
