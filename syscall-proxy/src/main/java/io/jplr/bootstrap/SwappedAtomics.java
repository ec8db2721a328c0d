package io.jplr.bootstrap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The numeric and bitwise atomic updates of a byte buffer VarHandle in the non-native byte order
 * ({@code getAndAdd}, {@code getAndBitwiseOr}...), which the JDK performs as a compare-and-set loop written
 * directly against {@code Unsafe}, outside {@code ScopedMemoryAccess}. On a mapped file's stand-in the same
 * loop runs here through the native-order VarHandle, whose every step reaches the master: each
 * compare-and-set is performed atomically on the real mapping, so the update is atomic there too.
 */
public final class SwappedAtomics {
    private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private static final VarHandle LONGS =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());

    private enum Update {
        ADD, OR, AND, XOR;

        int apply(int value, int operand) {
            return switch (this) {
                case ADD -> value + operand;
                case OR -> value | operand;
                case AND -> value & operand;
                case XOR -> value ^ operand;
            };
        }

        long apply(long value, long operand) {
            return switch (this) {
                case ADD -> value + operand;
                case OR -> value | operand;
                case AND -> value & operand;
                case XOR -> value ^ operand;
            };
        }
    }

    private SwappedAtomics() {
    }

    /** The guard: whether the buffer is (a slice of) a mapped file's stand-in. */
    public static boolean isMapped(ByteBuffer buffer) {
        return MappedMemory.isStandIn(buffer);
    }

    public static int getAndAdd(ByteBuffer buffer, int index, int operand) {
        return update(buffer, index, Update.ADD, operand);
    }

    public static int getAndBitwiseOr(ByteBuffer buffer, int index, int operand) {
        return update(buffer, index, Update.OR, operand);
    }

    public static int getAndBitwiseAnd(ByteBuffer buffer, int index, int operand) {
        return update(buffer, index, Update.AND, operand);
    }

    public static int getAndBitwiseXor(ByteBuffer buffer, int index, int operand) {
        return update(buffer, index, Update.XOR, operand);
    }

    public static long getAndAdd(ByteBuffer buffer, int index, long operand) {
        return update(buffer, index, Update.ADD, operand);
    }

    public static long getAndBitwiseOr(ByteBuffer buffer, int index, long operand) {
        return update(buffer, index, Update.OR, operand);
    }

    public static long getAndBitwiseAnd(ByteBuffer buffer, int index, long operand) {
        return update(buffer, index, Update.AND, operand);
    }

    public static long getAndBitwiseXor(ByteBuffer buffer, int index, long operand) {
        return update(buffer, index, Update.XOR, operand);
    }

    /** The value in the handle's (swapped) order before the update, as the JDK's loop returns it. */
    private static int update(ByteBuffer buffer, int index, Update update, int operand) {
        while (true) {
            int stored = (int) INTS.getVolatile(buffer, index);
            int value = Integer.reverseBytes(stored);
            if ((boolean) INTS.weakCompareAndSet(buffer, index, stored,
                    Integer.reverseBytes(update.apply(value, operand)))) {
                return value;
            }
        }
    }

    private static long update(ByteBuffer buffer, int index, Update update, long operand) {
        while (true) {
            long stored = (long) LONGS.getVolatile(buffer, index);
            long value = Long.reverseBytes(stored);
            if ((boolean) LONGS.weakCompareAndSet(buffer, index, stored,
                    Long.reverseBytes(update.apply(value, operand)))) {
                return value;
            }
        }
    }
}
