package io.jplr.sharedmemory;

import io.jplr.sharedmemory.ScopedAccess.Kind;
import io.jplr.sharedmemory.ScopedAccess.ValueType;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;

/**
 * The master's one real mapping of a region the replicas mapped: it performs their reads, their voted writes
 * and their atomic updates. Every offset and length a replica sends is checked against the mapping first: a
 * replica is untrusted, and a wrong index must fail the call, never touch memory outside the region.
 */
public final class MasterMapping {
    /** The most bytes one read returns, well inside one answer. */
    public static final int MAX_READ = 64 * 1024;

    private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONGS =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private final int id;
    private final MappingMode mode;
    private final MappedByteBuffer buffer;

    public MasterMapping(int id, MappingMode mode, MappedByteBuffer buffer) {
        this.id = id;
        this.mode = mode;
        this.buffer = buffer;
    }

    public int id() {
        return id;
    }

    public MappingMode mode() {
        return mode;
    }

    public int size() {
        return buffer.capacity();
    }

    public byte[] read(long offset, int length) {
        if (length > MAX_READ) {
            throw new IllegalArgumentException("a read of " + length + " bytes from mapping " + id
                    + " exceeds " + MAX_READ);
        }
        int index = checkRange(offset, length);
        byte[] bytes = new byte[length];
        buffer.get(index, bytes);
        return bytes;
    }

    public void write(long offset, byte[] bytes) {
        checkWrite(offset, bytes.length);
        buffer.put((int) offset, bytes);
    }

    /** Fails as {@link #write} would, without writing: a batch is checked whole before any of it is applied. */
    public void checkWrite(long offset, int length) {
        checkWritable();
        checkRange(offset, length);
    }

    /**
     * Performs an atomic update of the {@code type} value at {@code offset} in native byte order, as the
     * replicas' {@code ScopedMemoryAccess} would have. Values travel as their raw bits; the result is the old
     * value's bits, or 1/0 for a compare-and-set.
     */
    public long atomic(Kind kind, ValueType type, long offset, long expected, long operand) {
        checkWritable();
        int index = checkRange(offset, type.width());
        switch (type) {
            case INT:
            case FLOAT:
                return atomicInt(kind, type == ValueType.FLOAT, index, (int) expected, (int) operand);
            case LONG:
            case DOUBLE:
                return atomicLong(kind, type == ValueType.DOUBLE, index, expected, operand);
            default:
                throw new UnsupportedOperationException("jPLR: an atomic update of a " + type.name().toLowerCase()
                        + " in a mapped file is not replicated");
        }
    }

    private long atomicInt(Kind kind, boolean floating, int index, int expected, int operand) {
        switch (kind) {
            case COMPARE_AND_SET:
                return (boolean) INTS.compareAndSet(buffer, index, expected, operand) ? 1 : 0;
            case COMPARE_AND_EXCHANGE:
                return (int) INTS.compareAndExchange(buffer, index, expected, operand);
            case GET_AND_SET:
                return (int) INTS.getAndSet(buffer, index, operand);
            case GET_AND_ADD:
                if (!floating) {
                    return (int) INTS.getAndAdd(buffer, index, operand);
                }
                while (true) {
                    int old = (int) INTS.getVolatile(buffer, index);
                    int sum = Float.floatToRawIntBits(Float.intBitsToFloat(old) + Float.intBitsToFloat(operand));
                    if ((boolean) INTS.compareAndSet(buffer, index, old, sum)) {
                        return old;
                    }
                }
            case GET_AND_BITWISE_OR:
                return (int) INTS.getAndBitwiseOr(buffer, index, operand);
            case GET_AND_BITWISE_AND:
                return (int) INTS.getAndBitwiseAnd(buffer, index, operand);
            case GET_AND_BITWISE_XOR:
                return (int) INTS.getAndBitwiseXor(buffer, index, operand);
            default:
                throw new IllegalArgumentException(kind + " is not an atomic update");
        }
    }

    private long atomicLong(Kind kind, boolean floating, int index, long expected, long operand) {
        switch (kind) {
            case COMPARE_AND_SET:
                return (boolean) LONGS.compareAndSet(buffer, index, expected, operand) ? 1 : 0;
            case COMPARE_AND_EXCHANGE:
                return (long) LONGS.compareAndExchange(buffer, index, expected, operand);
            case GET_AND_SET:
                return (long) LONGS.getAndSet(buffer, index, operand);
            case GET_AND_ADD:
                if (!floating) {
                    return (long) LONGS.getAndAdd(buffer, index, operand);
                }
                while (true) {
                    long old = (long) LONGS.getVolatile(buffer, index);
                    long sum = Double.doubleToRawLongBits(
                            Double.longBitsToDouble(old) + Double.longBitsToDouble(operand));
                    if ((boolean) LONGS.compareAndSet(buffer, index, old, sum)) {
                        return old;
                    }
                }
            case GET_AND_BITWISE_OR:
                return (long) LONGS.getAndBitwiseOr(buffer, index, operand);
            case GET_AND_BITWISE_AND:
                return (long) LONGS.getAndBitwiseAnd(buffer, index, operand);
            case GET_AND_BITWISE_XOR:
                return (long) LONGS.getAndBitwiseXor(buffer, index, operand);
            default:
                throw new IllegalArgumentException(kind + " is not an atomic update");
        }
    }

    /** {@code MappedByteBuffer.force} of the range, on the real mapping. */
    public void force(long offset, long length) {
        int index = checkRange(offset, length);
        if (length > 0) {
            buffer.force(index, (int) length);
        }
    }

    /** {@code load} of the range: a hint to the kernel, given on the real mapping. */
    public void load(long offset, long length) {
        int index = checkRange(offset, length);
        if (length > 0) {
            buffer.slice(index, (int) length).load();
        }
    }

    /** {@code isLoaded} of the range, as the real mapping answers it. */
    public boolean isLoaded(long offset, long length) {
        int index = checkRange(offset, length);
        return length == 0 || buffer.slice(index, (int) length).isLoaded();
    }

    private void checkWritable() {
        if (mode != MappingMode.READ_WRITE) {
            throw new IllegalArgumentException("mapping " + id + " is " + mode + ": it takes no write");
        }
    }

    private int checkRange(long offset, long length) {
        if (offset < 0 || length < 0 || offset > buffer.capacity() || length > buffer.capacity() - offset) {
            throw new IllegalArgumentException("bytes " + offset + ".." + (offset + length) + " are outside mapping "
                    + id + " (" + buffer.capacity() + " bytes)");
        }
        return (int) offset;
    }
}
