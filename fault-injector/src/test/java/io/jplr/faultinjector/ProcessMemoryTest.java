package io.jplr.faultinjector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessMemoryTest {
    private static final Pattern FLIP = Pattern.compile("0x([0-9a-f]+) (.+) bit ([0-7])");
    private static final long SELF = ProcessHandle.current().pid();

    @TempDir
    Path directory;

    @Test
    void flipsTheGivenBitOfItsOwnMemory() throws IOException {
        NativeBlock block = NativeBlock.filled(8192, (byte) 0x5a);
        assertEquals((byte) 0x5a, ProcessMemory.flipBit(SELF, block.address() + 4100, 3));
        assertEquals((byte) (0x5a ^ 0x08), block.get(4100));
        assertEquals(1, block.bitsDifferingFrom((byte) 0x5a));
    }

    @Test
    void flipsTheGivenBitOfAChildsMemory() throws Exception {
        try (PatternChildProcess child = PatternChildProcess.start(directory)) {
            assertEquals("array 0 native 0", child.check());
            byte before = ProcessMemory.flipBit(child.pid(), child.nativeAddress() + 17, 6);
            assertEquals(MemoryPatternChild.NATIVE_FILL, before);
            assertEquals("array 0 native 1", child.check());
        }
    }

    /** Where the bits land is random (the child may even crash): only check they were where they should be. */
    @Test
    void flipsCountBitsOfResidentPrivateWritableMemory() throws Exception {
        try (PatternChildProcess child = PatternChildProcess.start(directory)) {
            List<MemoryMap> maps = new ArrayList<>(maps(child.pid()));
            String description = ProcessMemory.flipBits(child.pid(), 24, new SplittableRandom(21));
            maps.addAll(maps(child.pid()));
            String prefix = "process " + child.pid() + ": ";
            assertTrue(description.startsWith(prefix), description);
            String[] flips = description.substring(prefix.length()).split("; ");
            assertEquals(24, flips.length, description);
            for (String flip : flips) {
                Matcher matcher = FLIP.matcher(flip);
                assertTrue(matcher.matches(), flip);
                long address = Long.parseUnsignedLong(matcher.group(1), 16);
                assertTrue(maps.stream().anyMatch(map -> map.isPrivateWritable() && map.contains(address)
                        && map.label().equals(matcher.group(2))), flip + " is in a private writable mapping");
            }
            System.out.println("flipped " + description + "; the child then says: " + child.check());
        }
    }

    @Test
    void choosesResidentPagesOnly() throws IOException {
        List<SmapsEntry> entries = SmapsEntry.read(SELF);
        long pageSize = ResidentPages.pageSize(entries);
        List<SmapsEntry> candidates = entries.stream().filter(SmapsEntry::isCandidate).toList();
        RandomGenerator random = new SplittableRandom(5);
        try (PageMap pageMap = PageMap.open(SELF, pageSize);
                RandomAccessFile pagemap = new RandomAccessFile("/proc/self/pagemap", "r")) {
            ResidentPages pages = new ResidentPages(candidates, pageMap, pageSize);
            for (int i = 0; i < 500; i++) {
                ResidentPages.Page page = pages.choose(random);
                assertTrue(page.mapping().isPrivateWritable() && page.mapping().contains(page.address()));
                assertEquals(0, page.address() % pageSize);
                assertTrue(present(pagemap, page.address() / pageSize), Long.toHexString(page.address()));
            }
        }
    }

    /** A mapping with one page of 16384 resident: probing misses it, counting finds it. */
    @Test
    void findsTheOneResidentPageOfASparseMapping() throws IOException {
        long pageSize = ResidentPages.pageSize(SmapsEntry.read(SELF));
        int pages = 16384;
        // 64 MiB and more: beyond glibc's largest mmap threshold, so mapped afresh, with nothing resident.
        NativeBlock block = NativeBlock.untouched((int) ((pages + 1) * pageSize));
        long start = (block.address() + pageSize - 1) / pageSize * pageSize;
        long touched = start + 12345 * pageSize;
        block.put((int) (touched - block.address()), (byte) 1);
        MemoryMap sparse = new MemoryMap(start, start + pages * pageSize, "rw-p", 0, "00:00", 0, "");
        RandomGenerator random = new SplittableRandom(8);
        try (PageMap pageMap = PageMap.open(SELF, pageSize)) {
            assertEquals(1, pageMap.countPresent(sparse.start(), sparse.end()));
            SmapsEntry entry = new SmapsEntry(sparse, pageSize, pageSize, Set.of());
            ResidentPages resident = new ResidentPages(List.of(entry), pageMap, pageSize);
            for (int i = 0; i < 20; i++) {
                assertEquals(touched, resident.choose(random).address());
            }
        }
    }

    @Test
    void refusesACountOutsideOneToSixtyFour() {
        RandomGenerator random = new SplittableRandom(1);
        assertThrows(IllegalArgumentException.class, () -> ProcessMemory.flipBits(SELF, 0, random));
        assertThrows(IllegalArgumentException.class, () -> ProcessMemory.flipBits(SELF, 65, random));
    }

    @Test
    void saysWhenTheProcessHasExited() throws Exception {
        Process process = new ProcessBuilder("true").start();
        process.waitFor();
        IOException e = assertThrows(IOException.class,
                () -> ProcessMemory.flipBits(process.pid(), 1, new SplittableRandom(1)));
        assertEquals("process " + process.pid() + " does not exist (it has exited)", e.getMessage());
        e = assertThrows(IOException.class, () -> ProcessMemory.flipBit(process.pid(), 0x10000, 1));
        assertEquals("process " + process.pid() + " does not exist (it has exited)", e.getMessage());
    }

    /** Root runs a JVM as nobody that tries to write this (root's) JVM's memory: ptrace says no. */
    @Test
    void namesProcMemAndTheReasonWhenPtraceIsRefused() throws Exception {
        Path setpriv = Path.of("/usr/bin/setpriv");
        Path classes = Path.of(ProcessMemory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path testClasses = PatternChildProcess.testClasses();
        assumeTrue(Files.getAttribute(Path.of("/proc/self"), "unix:uid").equals(0) && Files.isExecutable(setpriv)
                && readableByAll(classes) && readableByAll(testClasses), "needs root, setpriv, class directories"
                + " others can read");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(setpriv.toString(), "--reuid=65534", "--regid=65534", "--clear-groups",
                java.toString(), "-cp", classes + File.pathSeparator + testClasses, FlipBitsMain.class.getName(),
                Long.toString(SELF)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, process.waitFor());
        assertTrue(output.startsWith("IOException: cannot open /proc/" + SELF + "/mem: permission denied; writing"
                + " process " + SELF + "'s memory needs ptrace access to it"), output);
    }

    private static boolean readableByAll(Path directory) throws IOException {
        for (Path at = directory; at != null; at = at.getParent()) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(at);
            if (!permissions.contains(PosixFilePermission.OTHERS_EXECUTE)
                    || at.equals(directory) && !permissions.contains(PosixFilePermission.OTHERS_READ)) {
                return false;
            }
        }
        return true;
    }

    private static boolean present(RandomAccessFile pagemap, long page) throws IOException {
        // pagemap is read by whole entries only (readLong would read two halves), native-endian: little here.
        byte[] entry = new byte[Long.BYTES];
        pagemap.seek(page * Long.BYTES);
        pagemap.readFully(entry);
        return ByteBuffer.wrap(entry).order(ByteOrder.nativeOrder()).getLong() < 0;
    }

    private static List<MemoryMap> maps(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "maps"))) {
            return lines.map(MemoryMap::parse).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
