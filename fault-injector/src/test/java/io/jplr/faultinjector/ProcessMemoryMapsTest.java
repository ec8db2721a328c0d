package io.jplr.faultinjector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The parsing of /proc/PID/maps and smaps lines. */
class ProcessMemoryMapsTest {
    @Test
    void parsesALineWithAName() {
        MemoryMap map = MemoryMap.parse("55d0c3a1e000-55d0c3a3f000 rw-p 00000000 00:00 0                  [heap]");
        assertEquals(new MemoryMap(0x55d0c3a1e000L, 0x55d0c3a3f000L, "rw-p", 0, "00:00", 0, "[heap]"), map);
        assertEquals(0x21000, map.size());
        assertTrue(map.isPrivateWritable());
        assertEquals("[heap]", map.label());
        assertTrue(map.contains(0x55d0c3a1e000L));
        assertFalse(map.contains(0x55d0c3a3f000L));
    }

    @Test
    void parsesAnonymousMemoryAndNamesWithSpaces() {
        MemoryMap anonymous = MemoryMap.parse("7f3a12300000-7f3a12400000 rw-p 00000000 00:00 0 ");
        assertEquals("", anonymous.name());
        assertEquals("anon", anonymous.label());
        MemoryMap file = MemoryMap.parse("7f3a12400000-7f3a12401000 rw-p 0001a000 08:01 1234 /tmp/a b/x.so (deleted)");
        assertEquals("/tmp/a b/x.so (deleted)", file.name());
        assertEquals(0x1a000, file.offset());
        assertEquals(1234, file.inode());
    }

    @Test
    void takesOnlyPrivateWritableMemoryOfTheProcess() {
        assertFalse(MemoryMap.parse("7f0000000000-7f0000001000 rw-s 00000000 00:05 77 /dev/shm/x").isPrivateWritable());
        assertFalse(MemoryMap.parse("7f0000000000-7f0000001000 rwxp 00000000 00:00 0").isPrivateWritable());
        assertFalse(MemoryMap.parse("7f0000000000-7f0000001000 r--p 00000000 00:00 0").isPrivateWritable());
        assertFalse(MemoryMap.parse("7ffd1c5f0000-7ffd1c5f4000 rw-p 00000000 00:00 0 [vvar]").isPrivateWritable());
        assertTrue(MemoryMap.parse("7ffd1c5d0000-7ffd1c5f0000 rw-p 00000000 00:00 0 [stack]").isPrivateWritable());
    }

    @Test
    void refusesWhatIsNotAMapsLine() {
        assertThrows(IllegalArgumentException.class, () -> MemoryMap.parse("Rss: 4 kB"));
        assertThrows(IllegalArgumentException.class, () -> MemoryMap.parse("zz-10 rw-p 0 00:00 0"));
    }

    @Test
    void readsSmapsCounters() throws IOException {
        String smaps = """
                55d0c3a1e000-55d0c3a3f000 rw-p 00000000 00:00 0                          [heap]
                Size:                132 kB
                KernelPageSize:        4 kB
                Rss:                  12 kB
                VmFlags: rd wr mr mw me ac sd
                7f0000000000-7f0000001000 rw-p 00000000 00:06 5 /dev/mem
                Rss:                   4 kB
                KernelPageSize:        4 kB
                VmFlags: rd wr io pf
                7f0000200000-7f0000400000 rw-p 00000000 00:00 0
                KernelPageSize:     2048 kB
                Rss:                   0 kB
                """;
        List<SmapsEntry> entries = SmapsEntry.parse(new BufferedReader(new StringReader(smaps)));
        assertEquals(3, entries.size());
        assertEquals(12 * 1024, entries.get(0).residentBytes());
        assertEquals(Set.of("rd", "wr", "mr", "mw", "me", "ac", "sd"), entries.get(0).flags());
        assertTrue(entries.get(0).isCandidate());
        assertFalse(entries.get(1).isCandidate(), "device memory");
        assertFalse(entries.get(2).isCandidate(), "nothing resident");
        assertEquals(4096, ResidentPages.pageSize(entries));
    }
}
