package io.jplr.faultinjector;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The memory fault model: flips random bits of a process's resident private memory from outside, through
 * {@code /proc/PID/mem}, the model closest to an upset in DRAM or a cache. The bits land anywhere the process
 * keeps data (Java heap, metaspace, thread stacks, the JVM's own malloc'ed structures, its private copies of
 * libraries' data and of the CDS archive), so besides wrong results expect the JVM to crash or hang.
 *
 * <p>Run by the jPLR master against a replica, its child, or by an unreplicated JVM against itself. Writing
 * another process's memory takes ptrace access to it: the same user and a Yama {@code ptrace_scope} that
 * allows it (0, or 1 for an ancestor, which the master is to its replicas), or {@code CAP_SYS_PTRACE}.
 */
public final class ProcessMemory {
    static final int MAX_BITS = 64;
    /** Pages tried for one flip before giving up: a page may be unmapped between choosing and writing it. */
    private static final int ATTEMPTS = 8;

    private ProcessMemory() {
    }

    /**
     * Flips {@code count} bits, each in a byte chosen uniformly among the process's resident private writable
     * pages, and lists them: {@code process 4242: 0x7f3a12345678 [heap] bit 3; 0x7f39c0001000 anon bit 7}.
     * The process keeps running: a store of its own between the read and the write of a byte is lost.
     *
     * @throws IllegalArgumentException if {@code count} is not in [1, 64]
     * @throws IOException if the process does not exist, jPLR may not write its memory, or it has none left
     */
    public static String flipBits(long pid, int count, RandomGenerator random) throws IOException {
        if (count < 1 || count > MAX_BITS) {
            throw new IllegalArgumentException("count must be from 1 to " + MAX_BITS + ": " + count);
        }
        // /proc/PID/mem first: the one file whose access decides whether this can work at all.
        try (FileChannel memory = openMemory(pid)) {
            List<SmapsEntry> entries = ProcFiles.open(pid, "smaps", () -> SmapsEntry.read(pid));
            List<SmapsEntry> candidates = entries.stream().filter(SmapsEntry::isCandidate).toList();
            if (candidates.isEmpty()) {
                throw new IOException("process " + pid + " has no resident private writable memory (has it"
                        + " exited?)");
            }
            long pageSize = ResidentPages.pageSize(entries);
            try (PageMap pageMap = ProcFiles.open(pid, "pagemap", () -> PageMap.open(pid, pageSize))) {
                ResidentPages pages = new ResidentPages(candidates, pageMap, pageSize);
                List<String> flips = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    flips.add(flipOne(pid, memory, pages, random));
                }
                return "process " + pid + ": " + String.join("; ", flips);
            }
        }
    }

    /** Flips {@code bit} (0 to 7) of the byte at {@code address} and returns the byte as it was. */
    static byte flipBit(long pid, long address, int bit) throws IOException {
        if (bit < 0 || bit >= Byte.SIZE) {
            throw new IllegalArgumentException("bit must be from 0 to 7: " + bit);
        }
        try (FileChannel memory = openMemory(pid)) {
            try {
                return flip(memory, address, bit);
            } catch (IOException e) {
                throw failure(pid, e);
            }
        }
    }

    private static String flipOne(long pid, FileChannel memory, ResidentPages pages, RandomGenerator random)
            throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < ATTEMPTS && (last == null || ProcFiles.exists(pid)); attempt++) {
            try {
                ResidentPages.Page page = pages.choose(random);
                long address = page.address() + random.nextLong(pages.pageSize());
                int bit = random.nextInt(Byte.SIZE);
                flip(memory, address, bit);
                return "0x" + Long.toHexString(address) + " " + page.mapping().label() + " bit " + bit;
            } catch (IOException e) {
                last = e;
            }
        }
        throw failure(pid, last);
    }

    private static byte flip(FileChannel memory, long address, int bit) throws IOException {
        ByteBuffer value = ByteBuffer.allocate(1);
        if (memory.read(value, address) != 1) {
            // A process that has exited but is not yet reaped has no memory left to read.
            throw new IOException("nothing to read at 0x" + Long.toHexString(address));
        }
        byte before = value.get(0);
        value.put(0, (byte) (before ^ 1 << bit)).rewind();
        if (memory.write(value, address) != 1) {
            throw new IOException("nothing written at 0x" + Long.toHexString(address));
        }
        return before;
    }

    private static FileChannel openMemory(long pid) throws IOException {
        return ProcFiles.open(pid, "mem", () -> FileChannel.open(ProcFiles.path(pid, "mem"),
                StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    private static IOException failure(long pid, IOException cause) {
        if (!ProcFiles.exists(pid)) {
            return ProcFiles.exited(pid, cause);
        }
        return new IOException("cannot write /proc/" + pid + "/mem: " + cause.getMessage(), cause);
    }
}
