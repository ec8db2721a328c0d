package io.jplr.bootstrap;

import io.jplr.sharedmemory.MappingMode;
import io.jplr.sharedmemory.Region;
import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileChannel.MapMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code FileChannel.map} in a replica: the master maps the file, and the program gets a stand-in for a shared
 * mapping ({@link MappedMemory} routes every access to it) or, for a private one, its own mapping of the
 * master's copy of the region.
 */
final class MappedFiles {
    private static final Map<Integer, MappedByteBuffer> STAND_INS = new HashMap<>();
    private static volatile Path scratch;
    private static volatile String scratchPrefix;
    /** Sets the trap in ScopedMemoryAccess; run at the first shared mapping, so other programs never pay it. */
    private static Runnable trap;

    private MappedFiles() {
    }

    static void configure(Path scratchDirectory, String replicaName, Runnable setTrap) {
        scratch = scratchDirectory;
        scratchPrefix = replicaName + "-stand-in-";
        trap = setTrap;
    }

    /**
     * {@code FileChannel.map} of a file the master holds open (handle): the master maps it (with the JDK's
     * own checks and failures), and the program gets a stand-in, or for a private mapping its own mapping of
     * the master's copy of the region.
     */
    static MappedByteBuffer map(int handle, MapMode mode, long position, long size) throws IOException {
        MappingMode mapping = MappingMode.of(mode);
        WireWriter arguments = new WireWriter(32).writeInt(handle).writeInt(mapping.code()).writeLong(position)
                .writeLong(size);
        WireReader answer = Remote.reader(Remote.call(Call.MAP_OPEN, arguments));
        int id = answer.readInt();
        StreamState stream = StreamState.current();
        // jPLR's own files, in the run's directory: not the program's, so not intercepted.
        stream.depth++;
        try {
            if (mapping == MappingMode.PRIVATE) {
                Path copy = Path.of(answer.readString());
                int pad = answer.readInt();
                try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    return channel.map(MapMode.PRIVATE, pad, size);
                }
            }
            return standIn(id, mapping, (int) (position % 4096), size);
        } finally {
            stream.depth--;
        }
    }

    /**
     * A buffer the program may hold as its mapping: a real {@code MappedByteBuffer} (the JDK's own class, so
     * every API works on it), read-only for a read-only mapping, aligned as the real one in its page, over
     * a file that is truncated to nothing once mapped: the memory behind it is never there, and anything that
     * reads it without going through {@code ScopedMemoryAccess} (native code handed its address) faults.
     */
    private static MappedByteBuffer standIn(int id, MappingMode mode, int pad, long size) throws IOException {
        synchronized (STAND_INS) {
            MappedByteBuffer made = STAND_INS.get(id);
            if (made == null) {
                if (trap != null) {
                    trap.run();
                    trap = null;
                }
                // Not Files.createTempFile: its SecureRandom reads the clock, which is the master's.
                Path file = scratch.resolve(scratchPrefix + id);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                    made = channel.map(mode == MappingMode.READ_ONLY ? MapMode.READ_ONLY : MapMode.PRIVATE, pad, size);
                    channel.truncate(0);
                } finally {
                    Files.delete(file);
                }
                if (size > 0) {
                    MappedMemory.REGIONS.add(new Region(id, NativeMemory.address(made), size));
                }
                STAND_INS.put(id, made);
            }
            return (MappedByteBuffer) made.duplicate();
        }
    }
}
