package io.jplr.faultinjector;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A mapping of {@code /proc/PID/smaps} with what the memory fault model needs of its counters.
 *
 * @param residentBytes {@code Rss}: how much of it is in RAM now
 * @param kernelPageBytes {@code KernelPageSize}, 0 if absent
 * @param flags {@code VmFlags}: {@code io} and {@code pf} mark device memory, which /proc/PID/mem cannot reach
 */
record SmapsEntry(MemoryMap map, long residentBytes, long kernelPageBytes, Set<String> flags) {
    private static final long KIB = 1024;

    /** Whether a flip may land here: private writable, in RAM, ordinary memory. */
    boolean isCandidate() {
        return map.isPrivateWritable() && residentBytes > 0 && !flags.contains("io") && !flags.contains("pf");
    }

    static List<SmapsEntry> read(long pid) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(ProcFiles.path(pid, "smaps"),
                StandardCharsets.ISO_8859_1)) {
            return parse(reader);
        }
    }

    static List<SmapsEntry> parse(BufferedReader reader) throws IOException {
        List<SmapsEntry> entries = new ArrayList<>();
        MemoryMap map = null;
        long resident = 0;
        long pageSize = 0;
        Set<String> flags = Set.of();
        for (String line; (line = reader.readLine()) != null;) {
            if (line.isEmpty()) {
                continue;
            }
            // A mapping's line starts with its address in lower-case hex; its counters' names are capitalized.
            char first = line.charAt(0);
            if (first >= '0' && first <= '9' || first >= 'a' && first <= 'f') {
                if (map != null) {
                    entries.add(new SmapsEntry(map, resident, pageSize, flags));
                }
                map = MemoryMap.parse(line);
                resident = 0;
                pageSize = 0;
                flags = Set.of();
            } else if (line.startsWith("Rss:")) {
                resident = kibibytes(line) * KIB;
            } else if (line.startsWith("KernelPageSize:")) {
                pageSize = kibibytes(line) * KIB;
            } else if (line.startsWith("VmFlags:")) {
                flags = Set.copyOf(Arrays.asList(line.substring("VmFlags:".length()).trim().split("\\s+")));
            }
        }
        if (map != null) {
            entries.add(new SmapsEntry(map, resident, pageSize, flags));
        }
        return entries;
    }

    /** {@code Rss:                 132 kB}. */
    private static long kibibytes(String line) {
        String[] fields = line.trim().split("\\s+");
        return fields.length >= 2 ? Long.parseLong(fields[1]) : 0;
    }
}
