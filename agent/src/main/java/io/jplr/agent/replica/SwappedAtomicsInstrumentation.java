package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.ArrayList;
import java.util.List;

/**
 * The byte buffer VarHandles' atomic updates in the non-native byte order
 * ({@code VarHandleByteArrayAsInts$ByteBufferHandle.getAndAddConvEndianWithCAS} and the bitwise ones, and the
 * same for longs): the JDK loops on {@code Unsafe} there, past {@code ScopedMemoryAccess}, so for a mapped
 * file's stand-in the loop is {@code SwappedAtomics}'.
 */
final class SwappedAtomicsInstrumentation implements TypeInstrumentation {
    private static final String SWAPPED_ATOMICS = "io/jplr/bootstrap/SwappedAtomics";
    private final String typeName;
    private final String value;

    /** @param width "Ints" or "Longs" */
    SwappedAtomicsInstrumentation(String width) {
        this.typeName = "java.lang.invoke.VarHandleByteArrayAs" + width + "$ByteBufferHandle";
        this.value = width.equals("Ints") ? "I" : "J";
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public List<Interception> interceptions() {
        List<Interception> interceptions = new ArrayList<>();
        for (String update : List.of("getAndAdd", "getAndBitwiseOr", "getAndBitwiseAnd", "getAndBitwiseXor")) {
            interceptions.add(replaceIf("isMapped", update + "ConvEndianWithCAS",
                    "(Ljava/nio/ByteBuffer;I" + value + ")" + value, update, true).via(SWAPPED_ATOMICS)
                    .guardingOn(1));
        }
        return interceptions;
    }
}
