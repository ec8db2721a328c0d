package io.jplr.sharedmemory;

import java.util.ArrayList;
import java.util.List;

/**
 * What one public method of {@code jdk.internal.misc.ScopedMemoryAccess} does. Every access the JDK makes to
 * a direct buffer's memory goes through that class: the buffers' own get and put of every width and order,
 * their views ({@code asIntBuffer}...), bulk copies, comparisons, {@code force}, {@code load}, the VarHandles of
 * {@code MethodHandles.byteBufferViewVarHandle} and memory segments. Its method names follow one pattern
 * ({@code getIntUnaligned}, {@code compareAndSetLongRelease}, {@code copyMemory}), decoded here once per
 * method, for the rewriter (where the addresses are) and for the replica (what to ask the master).
 *
 * @param kind what the method does
 * @param type the value's type, for single-value accesses; null otherwise
 * @param unaligned whether the method takes a byte order ({@code boolean bigEndian}) after its value
 * @param ordered whether the access is volatile, acquire, release or opaque rather than plain
 */
public record ScopedAccess(Kind kind, ValueType type, boolean unaligned, boolean ordered) {
    /** What an access does. */
    public enum Kind {
        GET, PUT, COMPARE_AND_SET, COMPARE_AND_EXCHANGE, GET_AND_SET, GET_AND_ADD, GET_AND_BITWISE_OR,
        GET_AND_BITWISE_AND, GET_AND_BITWISE_XOR, COPY, COPY_SWAP, SET, MISMATCH, FORCE, LOAD, UNLOAD, IS_LOADED;

        /** A read-modify-write the master performs atomically. */
        public boolean atomic() {
            switch (this) {
                case COMPARE_AND_SET:
                case COMPARE_AND_EXCHANGE:
                case GET_AND_SET:
                case GET_AND_ADD:
                case GET_AND_BITWISE_OR:
                case GET_AND_BITWISE_AND:
                case GET_AND_BITWISE_XOR:
                    return true;
                default:
                    return false;
            }
        }
    }

    /** The values an access reads or writes, with their width and descriptor. */
    public enum ValueType {
        BYTE("Byte", 1, 'B'), SHORT("Short", 2, 'S'), CHAR("Char", 2, 'C'), INT("Int", 4, 'I'),
        LONG("Long", 8, 'J'), FLOAT("Float", 4, 'F'), DOUBLE("Double", 8, 'D'), BOOLEAN("Boolean", 1, 'Z');

        private final String label;
        private final int width;
        private final char descriptor;

        ValueType(String label, int width, char descriptor) {
            this.label = label;
            this.width = width;
            this.descriptor = descriptor;
        }

        public int width() {
            return width;
        }

        public char descriptor() {
            return descriptor;
        }
    }

    private static final String[][] VALUE_PREFIXES = {
        {"compareAndExchange", "COMPARE_AND_EXCHANGE"}, {"weakCompareAndSet", "COMPARE_AND_SET"},
        {"compareAndSet", "COMPARE_AND_SET"}, {"getAndBitwiseOr", "GET_AND_BITWISE_OR"},
        {"getAndBitwiseAnd", "GET_AND_BITWISE_AND"}, {"getAndBitwiseXor", "GET_AND_BITWISE_XOR"},
        {"getAndAdd", "GET_AND_ADD"}, {"getAndSet", "GET_AND_SET"}, {"get", "GET"}, {"put", "PUT"}};
    private static final List<String> ORDERED_SUFFIXES = List.of("Volatile", "Acquire", "Release", "Opaque");

    /** The access {@code name} performs, or null for a method that accesses no memory (or is an internal step). */
    public static ScopedAccess decode(String name) {
        if (name.endsWith("Internal")) {
            return null;
        }
        switch (name) {
            case "copyMemory":
                return new ScopedAccess(Kind.COPY, null, false, false);
            case "copySwapMemory":
                return new ScopedAccess(Kind.COPY_SWAP, null, false, false);
            case "setMemory":
                return new ScopedAccess(Kind.SET, null, false, false);
            case "vectorizedMismatch":
                return new ScopedAccess(Kind.MISMATCH, null, false, false);
            case "force":
                return new ScopedAccess(Kind.FORCE, null, false, false);
            case "load":
                return new ScopedAccess(Kind.LOAD, null, false, false);
            case "unload":
                return new ScopedAccess(Kind.UNLOAD, null, false, false);
            case "isLoaded":
                return new ScopedAccess(Kind.IS_LOADED, null, false, false);
            default:
                break;
        }
        for (String[] prefix : VALUE_PREFIXES) {
            if (!name.startsWith(prefix[0])) {
                continue;
            }
            String rest = name.substring(prefix[0].length());
            for (ValueType type : ValueType.values()) {
                if (!rest.startsWith(type.label)) {
                    continue;
                }
                String suffix = rest.substring(type.label.length());
                if (suffix.isEmpty() || suffix.equals("Plain")) {
                    return new ScopedAccess(Kind.valueOf(prefix[1]), type, false, false);
                }
                if (suffix.equals("Unaligned")) {
                    return new ScopedAccess(Kind.valueOf(prefix[1]), type, true, false);
                }
                if (ORDERED_SUFFIXES.contains(suffix)) {
                    return new ScopedAccess(Kind.valueOf(prefix[1]), type, false, true);
                }
                return null;
            }
            return null;
        }
        return null;
    }

    /**
     * Where the method takes its addresses: pairs of parameter indexes, base object (or -1: native memory)
     * then offset. A base is an {@code Object} parameter followed by a {@code long}; {@code force},
     * {@code load}, {@code unload} and {@code isLoaded} take the address of native memory alone, as their first
     * {@code long}.
     */
    public int[] addressParameters(String descriptor) {
        List<String> parameters = parameterDescriptors(descriptor);
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < parameters.size(); i++) {
            if (parameters.get(i).equals("Ljava/lang/Object;") && parameters.get(i + 1).equals("J")) {
                pairs.add(i);
                pairs.add(i + 1);
                i++;
            }
        }
        if (pairs.isEmpty() && (kind == Kind.FORCE || kind == Kind.LOAD || kind == Kind.UNLOAD
                || kind == Kind.IS_LOADED)) {
            int address = parameters.indexOf("J");
            if (address >= 0) {
                pairs.add(-1);
                pairs.add(address);
            }
        }
        return pairs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The parameter descriptors of a method descriptor, one per parameter. */
    public static List<String> parameterDescriptors(String descriptor) {
        List<String> parameters = new ArrayList<>();
        int i = 1;
        while (descriptor.charAt(i) != ')') {
            int start = i;
            while (descriptor.charAt(i) == '[') {
                i++;
            }
            if (descriptor.charAt(i) == 'L') {
                i = descriptor.indexOf(';', i);
            }
            i++;
            parameters.add(descriptor.substring(start, i));
        }
        return parameters;
    }
}
