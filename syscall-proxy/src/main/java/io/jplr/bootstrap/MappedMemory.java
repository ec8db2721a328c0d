package io.jplr.bootstrap;

import io.jplr.sharedmemory.MasterMapping;
import io.jplr.sharedmemory.Region;
import io.jplr.sharedmemory.RegionTable;
import io.jplr.sharedmemory.ScopedAccess;
import io.jplr.sharedmemory.ScopedAccess.Kind;
import io.jplr.sharedmemory.ScopedAccess.ValueType;
import io.jplr.syscall.table.Call;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Copy and execute, the replica's half. A file the program maps shared is never mapped here: the program
 * gets a stand-in, a real {@code MappedByteBuffer} over address space that faults if touched, and every
 * access to it, wherever it comes from (the buffer, its views and slices, a bulk copy, a VarHandle, a memory
 * segment), reaches {@code ScopedMemoryAccess}, where the rewriter asks {@link #routes} and hands the access
 * to {@link #execute}. Reads are the master's answers; writes go to {@link MappedWrites}; atomic updates,
 * {@code force} and {@code load} are performed by the master on the real mapping. {@link MappedFiles} makes
 * the stand-ins.
 */
public final class MappedMemory {
    /** The stand-ins' address ranges ({@link MappedFiles} adds them). */
    static final RegionTable REGIONS = new RegionTable();
    private static final Map<String, Plan> PLANS = new ConcurrentHashMap<>();
    private static final ByteOrder NATIVE = ByteOrder.nativeOrder();

    private MappedMemory() {
    }

    /**
     * Called once by the replica's setup: where stand-ins are made (a directory the replicas share, so each
     * names its files apart), and whether writes are batched.
     */
    public static void configure(Path scratchDirectory, String replicaName, boolean batchWrites, Runnable setTrap) {
        MappedFiles.configure(scratchDirectory, replicaName, setTrap);
        MappedWrites.configure(batchWrites);
    }

    // ------------------------------------------------------------------ what the rewritten JDK calls

    /**
     * Whether an access to (base, offset) is an access to a mapping: called by every access method of
     * {@code ScopedMemoryAccess}, so the common answer (a heap array, or memory outside every stand-in) takes
     * a null test and two comparisons.
     */
    public static boolean routes(Object base, long offset) {
        return base == null && REGIONS.mayContain(offset) && REGIONS.find(offset) != null;
    }

    /**
     * Performs the {@code ScopedMemoryAccess} method {@code method} (name and descriptor) with these
     * arguments, one of whose addresses {@link #routes}, and returns its result, boxed (null for void).
     */
    public static Object execute(String method, Object[] arguments) {
        Plan plan = PLANS.computeIfAbsent(method, Plan::of);
        ScopedAccess access = plan.access;
        int[] at = plan.addresses;
        switch (access.kind()) {
            case GET: {
                Region region = region(arguments[at[1]]);
                long offset = region.offsetOf((long) arguments[at[1]]);
                ByteOrder order = access.unaligned() ? order((Boolean) arguments[at[1] + 1]) : NATIVE;
                return decode(access.type(), readRegion(region, offset, access.type().width()), order);
            }
            case PUT: {
                Region region = region(arguments[at[1]]);
                long offset = region.offsetOf((long) arguments[at[1]]);
                ByteOrder order = access.unaligned() ? order((Boolean) arguments[at[1] + 2]) : NATIVE;
                MappedWrites.write(region, offset, encode(access.type(), arguments[at[1] + 1], order), access.ordered());
                return null;
            }
            case COPY:
            case COPY_SWAP: {
                long bytes = (long) arguments[at[3] + 1];
                long swap = access.kind() == Kind.COPY_SWAP ? (long) arguments[at[3] + 2] : 0;
                copy(arguments[at[0]], (long) arguments[at[1]], arguments[at[2]], (long) arguments[at[3]], bytes, swap);
                return null;
            }
            case SET: {
                fill(arguments[at[0]], (long) arguments[at[1]], (long) arguments[at[1] + 1],
                        (byte) arguments[at[1] + 2]);
                return null;
            }
            case MISMATCH:
                return mismatch(arguments[at[0]], (long) arguments[at[1]], arguments[at[2]], (long) arguments[at[3]],
                        (int) arguments[at[3] + 1], (int) arguments[at[3] + 2]);
            case FORCE: {
                long address = (long) arguments[at[1]];
                Region region = region(address);
                long offset = region.offsetOf(address) + (long) arguments[at[1] + 2];
                rangeCall(Call.MAP_FORCE, region, offset, (long) arguments[at[1] + 3]);
                return null;
            }
            case LOAD:
            case IS_LOADED: {
                long address = (long) arguments[at[1]];
                Region region = region(address);
                Answer answer = rangeCall(access.kind() == Kind.LOAD ? Call.MAP_LOAD : Call.MAP_IS_LOADED, region,
                        region.offsetOf(address), (long) arguments[at[1] + 2]);
                return access.kind() == Kind.LOAD ? null : Remote.reader(answer).readBoolean();
            }
            case UNLOAD:
                // A hint that the pages may go: the real mapping's content is the same either way.
                return null;
            default:
                return atomic(access, arguments, at[1]);
        }
    }

    /** Whether the buffer is (a slice or view of) a mapped file's stand-in: a checksum must not read its address. */
    public static boolean isMapped(java.util.zip.Checksum checksum, ByteBuffer buffer) {
        return isStandIn(buffer);
    }

    /** Whether the buffer is (a slice or view of) a mapped file's stand-in. */
    static boolean isStandIn(ByteBuffer buffer) {
        return buffer.isDirect() && buffer.capacity() > 0 && routes(null, NativeMemory.address(buffer));
    }

    /** {@code Checksum.update(ByteBuffer)} of a stand-in: its bytes through the buffer, as for one with no array. */
    public static void updateChecksum(java.util.zip.Checksum checksum, ByteBuffer buffer) {
        byte[] chunk = new byte[Math.min(buffer.remaining(), 4096)];
        while (buffer.hasRemaining()) {
            int length = Math.min(buffer.remaining(), chunk.length);
            buffer.get(chunk, 0, length);
            checksum.update(chunk, 0, length);
        }
    }

    /**
     * {@code FileChannel.map(MapMode, long, long, Arena)} (JDK 22+) of a file the master holds is refused here,
     * with what to do instead; any other channel goes on to its own method.
     */
    public static boolean refuseSegmentMapping(FileChannel channel) {
        if (channel instanceof RemoteFileChannel) {
            throw new UnsupportedOperationException("jPLR: FileChannel.map with an Arena (a MemorySegment mapping)"
                    + " is not replicated; map a MappedByteBuffer and use MemorySegment.ofBuffer");
        }
        return false;
    }

    /** What one method of ScopedMemoryAccess does and where its addresses are, decoded once. */
    private record Plan(ScopedAccess access, int[] addresses) {
        static Plan of(String method) {
            int parameters = method.indexOf('(');
            ScopedAccess access = ScopedAccess.decode(method.substring(0, parameters));
            if (access == null) {
                throw new UnsupportedOperationException("jPLR: " + method + " on a memory-mapped file is not"
                        + " replicated");
            }
            return new Plan(access, access.addressParameters(method.substring(parameters)));
        }
    }

    private static Region region(Object address) {
        Region region = REGIONS.find((long) address);
        if (region == null) {
            throw new IllegalStateException("jPLR: no mapped file at " + address);
        }
        return region;
    }

    private static ByteOrder order(Boolean bigEndian) {
        return bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    // ------------------------------------------------------------------ reads and writes of one region

    private static byte[] readRegion(Region region, long offset, int length) {
        byte[] bytes = new byte[length];
        int done = 0;
        while (done < length) {
            int chunk = Math.min(length - done, MasterMapping.MAX_READ);
            WireWriter arguments = new WireWriter(24).writeInt(region.mapping()).writeLong(offset + done)
                    .writeInt(chunk);
            byte[] got = Remote.call(Call.MAP_READ, arguments).bytes();
            if (got.length != chunk) {
                throw new IllegalStateException("jPLR: the master read " + got.length + " bytes of mapping "
                        + region.mapping() + " for " + chunk);
            }
            System.arraycopy(got, 0, bytes, done, chunk);
            done += chunk;
        }
        return bytes;
    }

    private static Answer rangeCall(Call call, Region region, long offset, long length) {
        return Remote.call(call, new WireWriter(24).writeInt(region.mapping()).writeLong(offset).writeLong(length));
    }

    private static Object atomic(ScopedAccess access, Object[] arguments, int offsetIndex) {
        long address = (long) arguments[offsetIndex];
        Region region = region(address);
        boolean compares = access.kind() == Kind.COMPARE_AND_SET || access.kind() == Kind.COMPARE_AND_EXCHANGE;
        long expected = compares ? bits(arguments[offsetIndex + 1]) : 0;
        long operand = bits(arguments[offsetIndex + (compares ? 2 : 1)]);
        WireWriter call = new WireWriter(48).writeInt(region.mapping()).writeLong(region.offsetOf(address))
                .writeInt(access.kind().ordinal()).writeInt(access.type().ordinal()).writeLong(expected)
                .writeLong(operand);
        long result = Remote.reader(Remote.call(Call.MAP_ATOMIC, call)).readLong();
        if (access.kind() == Kind.COMPARE_AND_SET) {
            return result != 0;
        }
        return fromBits(access.type(), result);
    }

    private static long bits(Object value) {
        if (value instanceof Float f) {
            return Float.floatToRawIntBits(f);
        }
        if (value instanceof Double d) {
            return Double.doubleToRawLongBits(d);
        }
        if (value instanceof Character c) {
            return c;
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) value).longValue();
    }

    private static Object fromBits(ValueType type, long bits) {
        return switch (type) {
            case BYTE -> (byte) bits;
            case SHORT -> (short) bits;
            case CHAR -> (char) bits;
            case INT -> (int) bits;
            case LONG -> bits;
            case FLOAT -> Float.intBitsToFloat((int) bits);
            case DOUBLE -> Double.longBitsToDouble(bits);
            case BOOLEAN -> bits != 0;
        };
    }

    private static Object decode(ValueType type, byte[] bytes, ByteOrder order) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(order);
        return switch (type) {
            case BYTE -> in.get(0);
            case SHORT -> in.getShort(0);
            case CHAR -> in.getChar(0);
            case INT -> in.getInt(0);
            case LONG -> in.getLong(0);
            case FLOAT -> in.getFloat(0);
            case DOUBLE -> in.getDouble(0);
            case BOOLEAN -> in.get(0) != 0;
        };
    }

    private static byte[] encode(ValueType type, Object value, ByteOrder order) {
        ByteBuffer out = ByteBuffer.allocate(type.width()).order(order);
        switch (type) {
            case BYTE -> out.put((Byte) value);
            case SHORT -> out.putShort((Short) value);
            case CHAR -> out.putChar((Character) value);
            case INT -> out.putInt((Integer) value);
            case LONG -> out.putLong((Long) value);
            case FLOAT -> out.putFloat((Float) value);
            case DOUBLE -> out.putDouble((Double) value);
            case BOOLEAN -> out.put((byte) ((Boolean) value ? 1 : 0));
            default -> throw new IllegalArgumentException(type.name());
        }
        return out.array();
    }

    // ------------------------------------------------------------------ bulk operations (either side mapped)

    private static byte[] fetch(Object base, long offset, int length) {
        Region region = base == null ? REGIONS.find(offset) : null;
        return region != null ? readRegion(region, region.offsetOf(offset), length)
                : NativeMemory.read(base, offset, length);
    }

    private static void store(Object base, long offset, byte[] bytes) {
        Region region = base == null ? REGIONS.find(offset) : null;
        if (region != null) {
            MappedWrites.write(region, region.offsetOf(offset), bytes, false);
        } else {
            NativeMemory.write(bytes, base, offset);
        }
    }

    private static void copy(Object sourceBase, long source, Object targetBase, long target, long bytes, long swap) {
        long done = 0;
        while (done < bytes) {
            int chunk = (int) Math.min(bytes - done, MasterMapping.MAX_READ);
            byte[] data = fetch(sourceBase, source + done, chunk);
            store(targetBase, target + done, swap > 1 ? swapped(data, swap) : data);
            done += chunk;
        }
    }

    /** The bytes, with each element of {@code size} bytes reversed (copySwapMemory: a view in the other order). */
    private static byte[] swapped(byte[] bytes, long size) {
        byte[] out = new byte[bytes.length];
        int width = (int) size;
        for (int element = 0; element + width <= bytes.length; element += width) {
            for (int i = 0; i < width; i++) {
                out[element + i] = bytes[element + width - 1 - i];
            }
        }
        return out;
    }

    private static void fill(Object base, long offset, long bytes, byte value) {
        long done = 0;
        while (done < bytes) {
            int chunk = (int) Math.min(bytes - done, MasterMapping.MAX_READ);
            byte[] data = new byte[chunk];
            java.util.Arrays.fill(data, value);
            store(base, offset + done, data);
            done += chunk;
        }
    }

    /**
     * {@code vectorizedMismatch}: the index of the first element that differs, or {@code ~0} when none does
     * (nothing left for the caller to check element by element).
     */
    private static int mismatch(Object a, long aOffset, Object b, long bOffset, int length, int log2Scale) {
        long bytes = (long) length << log2Scale;
        long done = 0;
        while (done < bytes) {
            int chunk = (int) Math.min(bytes - done, MasterMapping.MAX_READ);
            byte[] left = fetch(a, aOffset + done, chunk);
            byte[] right = fetch(b, bOffset + done, chunk);
            int differs = java.util.Arrays.mismatch(left, right);
            if (differs >= 0) {
                return (int) ((done + differs) >> log2Scale);
            }
            done += chunk;
        }
        return ~0;
    }


}
