package io.jplr.faultinjector;

import java.util.Set;

/**
 * One line of {@code /proc/PID/maps} (also the first line of each mapping in {@code /proc/PID/smaps}):
 * {@code 7f3a12300000-7f3a12400000 rw-p 00000000 00:00 0   [heap]}.
 *
 * @param start the first address
 * @param end the address after the last
 * @param permissions {@code rwxp} or {@code rwxs} letters, {@code -} for those not granted
 * @param name the file, {@code [heap]}, {@code [stack]}..., or empty for anonymous memory
 */
record MemoryMap(long start, long end, String permissions, long offset, String device, long inode, String name) {
    /** The kernel's own pages mapped into every process: not the process's memory. */
    private static final Set<String> KERNEL = Set.of("[vvar]", "[vvar_vclock]", "[vsyscall]", "[vdso]");

    static MemoryMap parse(String line) {
        String[] fields = line.trim().split("\\s+", 6);
        if (fields.length < 5) {
            throw new IllegalArgumentException("not a line of /proc/PID/maps: " + line);
        }
        int dash = fields[0].indexOf('-');
        try {
            return new MemoryMap(Long.parseUnsignedLong(fields[0].substring(0, dash), 16),
                    Long.parseUnsignedLong(fields[0].substring(dash + 1), 16), fields[1],
                    Long.parseUnsignedLong(fields[2], 16), fields[3], Long.parseLong(fields[4]),
                    fields.length == 6 ? fields[5] : "");
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("not a line of /proc/PID/maps: " + line, e);
        }
    }

    long size() {
        return end - start;
    }

    boolean contains(long address) {
        return address >= start && address < end;
    }

    /**
     * Memory the process may write and shares with no one: its heaps, stacks, its copies of libraries' data.
     * A flip there is the process's alone; a shared mapping's page would be flipped for every process, and a
     * read-only or executable one is not what a data upset hits (the JIT's code cache is {@code rwx}).
     */
    boolean isPrivateWritable() {
        return permissions.equals("rw-p") && !KERNEL.contains(name);
    }

    /** The name, or {@code anon} for anonymous memory (the Java heap, thread stacks other than the first). */
    String label() {
        return name.isEmpty() ? "anon" : name;
    }
}
