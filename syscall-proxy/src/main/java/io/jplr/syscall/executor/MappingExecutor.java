package io.jplr.syscall.executor;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.sharedmemory.MappingMode;
import io.jplr.sharedmemory.MappingTable;
import io.jplr.sharedmemory.MasterMapping;
import io.jplr.sharedmemory.ScopedAccess;
import io.jplr.sharedmemory.WriteBatch;
import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Performs the replicas' accesses to memory-mapped files on the master's one real mapping of each region
 * (copy and execute): shared mappings are mapped here once, and every read, voted write batch, atomic
 * update, force and load of a replica is performed on them. A private mapping is copied once, when it is
 * mapped, into a file every replica maps copy-on-write: its writes are the replica's own business.
 */
final class MappingExecutor {
    /** Private copies start at the region's offset in a page, so a replica's buffer is aligned as natively. */
    static final int PAGE = 4096;

    private final HandleTable<OpenFile> files;
    private final MappingTable mappings = new MappingTable();
    private final Path copies;
    private int privateCopies;

    /** @param copies where private mappings' copies go: a directory every replica reads */
    MappingExecutor(HandleTable<OpenFile> files, Path copies) {
        this.files = files;
        this.copies = copies;
    }

    Answer answer(Call call, WireReader in) throws IOException {
        switch (call) {
            case MAP_OPEN:
                return open(in);
            case MAP_READ: {
                MasterMapping mapping = mappings.get(in.readInt());
                long offset = in.readLong();
                int length = in.readInt();
                in.expectEnd();
                return CallExecutor.ok(mapping.read(offset, length));
            }
            case MAP_ATOMIC: {
                MasterMapping mapping = mappings.get(in.readInt());
                long offset = in.readLong();
                ScopedAccess.Kind kind = enumByOrdinal(ScopedAccess.Kind.values(), in.readInt(), "access");
                ScopedAccess.ValueType type = enumByOrdinal(ScopedAccess.ValueType.values(), in.readInt(), "type");
                long expected = in.readLong();
                long operand = in.readLong();
                in.expectEnd();
                if (!kind.atomic()) {
                    throw new MalformedCallException(kind + " is not an atomic update");
                }
                return CallExecutor.ok(new WireWriter().writeLong(mapping.atomic(kind, type, offset, expected, operand))
                        .toByteArray());
            }
            case MAP_FORCE:
            case MAP_LOAD:
            case MAP_IS_LOADED: {
                MasterMapping mapping = mappings.get(in.readInt());
                long offset = in.readLong();
                long length = in.readLong();
                in.expectEnd();
                if (call == Call.MAP_IS_LOADED) {
                    return CallExecutor.ok(new WireWriter().writeBoolean(mapping.isLoaded(offset, length))
                            .toByteArray());
                }
                if (call == Call.MAP_FORCE) {
                    mapping.force(offset, length);
                } else {
                    mapping.load(offset, length);
                }
                return CallExecutor.ok(new byte[0]);
            }
            default:
                throw new MalformedCallException(call + " is not a mapping call");
        }
    }

    /**
     * Maps the region through the file's own channel, so the JDK's checks and failures are native ones (a
     * channel not open for writing, a negative position); a shared region mapped before is mapped again only
     * by the JDK's rules, not by jPLR.
     */
    private Answer open(WireReader in) throws IOException {
        int handle = in.readInt();
        int code = in.readInt();
        long position = in.readLong();
        long size = in.readLong();
        in.expectEnd();
        MappingMode mode = MappingMode.byCode(code);
        if (mode == null) {
            throw new MalformedCallException("no mapping mode " + code);
        }
        FileChannel channel = files.get(handle).channel();
        MappedByteBuffer buffer = channel.map(mode.mapMode(), position, size);
        if (mode == MappingMode.PRIVATE) {
            return CallExecutor.ok(new WireWriter().writeInt(-1).writeString(copy(buffer, position).toString())
                    .writeInt((int) (position % PAGE)).toByteArray());
        }
        MappingTable.Key key = new MappingTable.Key(handle, mode, position, size);
        MasterMapping mapping = mappings.existing(key);
        if (mapping == null) {
            mapping = new MasterMapping(mappings.nextId(), mode, buffer);
            mappings.add(key, mapping);
        }
        return CallExecutor.ok(new WireWriter().writeInt(mapping.id()).toByteArray());
    }

    /** The region as it is now, after as many bytes as put it at its native place in a page. */
    private Path copy(MappedByteBuffer region, long position) throws IOException {
        Files.createDirectories(copies);
        Path copy = copies.resolve("private-mapping-" + (privateCopies++));
        try (FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.position(position % PAGE);
            while (region.hasRemaining()) {
                out.write(region);
            }
        }
        return copy;
    }

    /** Applies a voted batch of writes, in order; a batch naming something that does not exist applies nothing. */
    void write(byte[] batch) {
        List<WriteBatch.Write> writes = WriteBatch.decode(batch);
        for (WriteBatch.Write write : writes) {
            mappings.get(write.mapping()).checkWrite(write.offset(), write.bytes().length);
        }
        for (WriteBatch.Write write : writes) {
            mappings.get(write.mapping()).write(write.offset(), write.bytes());
        }
    }

    private static <E extends Enum<E>> E enumByOrdinal(E[] values, int ordinal, String what) {
        if (ordinal < 0 || ordinal >= values.length) {
            throw new MalformedCallException("no " + what + " " + ordinal);
        }
        return values[ordinal];
    }
}
