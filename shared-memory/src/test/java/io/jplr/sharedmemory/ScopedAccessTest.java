package io.jplr.sharedmemory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.sharedmemory.ScopedAccess.Kind;
import io.jplr.sharedmemory.ScopedAccess.ValueType;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopedAccessTest {
    @Test
    void decodesWhatAnAccessDoesFromItsName() {
        assertEquals(new ScopedAccess(Kind.GET, ValueType.INT, true, false), ScopedAccess.decode("getIntUnaligned"));
        assertEquals(new ScopedAccess(Kind.PUT, ValueType.LONG, false, true), ScopedAccess.decode("putLongRelease"));
        assertEquals(new ScopedAccess(Kind.GET, ValueType.BYTE, false, false), ScopedAccess.decode("getByte"));
        assertEquals(new ScopedAccess(Kind.COMPARE_AND_EXCHANGE, ValueType.INT, false, true),
                ScopedAccess.decode("compareAndExchangeIntAcquire"));
        assertEquals(new ScopedAccess(Kind.COMPARE_AND_SET, ValueType.LONG, false, false),
                ScopedAccess.decode("weakCompareAndSetLongPlain"));
        assertEquals(new ScopedAccess(Kind.GET_AND_BITWISE_XOR, ValueType.SHORT, false, true),
                ScopedAccess.decode("getAndBitwiseXorShortRelease"));
        assertEquals(new ScopedAccess(Kind.GET_AND_ADD, ValueType.DOUBLE, false, false),
                ScopedAccess.decode("getAndAddDouble"));
        assertEquals(Kind.COPY_SWAP, ScopedAccess.decode("copySwapMemory").kind());
        assertEquals(Kind.MISMATCH, ScopedAccess.decode("vectorizedMismatch").kind());
        assertEquals(Kind.IS_LOADED, ScopedAccess.decode("isLoaded").kind());
    }

    @Test
    void internalStepsAndMethodsThatAccessNothingAreNotAccesses() {
        for (String name : List.of("getIntInternal", "closeScope", "getScopedMemoryAccess", "forceInternal",
                "getIntSomething", "getWidget", "loadFromByteBuffer", "storeIntoMemorySegment")) {
            assertNull(ScopedAccess.decode(name), name);
        }
    }

    @Test
    void onlyReadModifyWritesAreAtomic() {
        assertTrue(Kind.COMPARE_AND_SET.atomic());
        assertTrue(Kind.GET_AND_BITWISE_XOR.atomic());
        assertFalse(Kind.GET.atomic());
        assertFalse(Kind.PUT.atomic());
        assertFalse(Kind.COPY.atomic());
    }

    @Test
    void findsTheAddressesOfEachShape() {
        String scope = "Ljdk/internal/misc/ScopedMemoryAccess$Scope;";
        assertArrayEquals(new int[] {1, 2},
                ScopedAccess.decode("getInt").addressParameters("(" + scope + "Ljava/lang/Object;J)I"));
        assertArrayEquals(new int[] {2, 3, 4, 5}, ScopedAccess.decode("copyMemory")
                .addressParameters("(" + scope + scope + "Ljava/lang/Object;JLjava/lang/Object;JJ)V"));
        // JDK 17's force takes (scope, fd, address, ...); JDK 25's puts a MappedMemoryUtilsProxy before fd.
        assertArrayEquals(new int[] {-1, 2}, ScopedAccess.decode("force")
                .addressParameters("(" + scope + "Ljava/io/FileDescriptor;JZJJ)V"));
        assertArrayEquals(new int[] {-1, 3}, ScopedAccess.decode("force").addressParameters(
                "(Ljdk/internal/foreign/MemorySessionImpl;Ljdk/internal/misc/X;Ljava/io/FileDescriptor;JZJJ)V"));
        assertArrayEquals(new int[] {-1, 1}, ScopedAccess.decode("load").addressParameters("(" + scope + "JZJ)V"));
    }

    /** The JDK running the test: every access method it has is understood, with an address to test. */
    @Test
    void everyPublicAccessMethodOfThisJdkDecodesWithItsAddresses() throws Exception {
        Class<?> type = Class.forName("jdk.internal.misc.ScopedMemoryAccess");
        Set<String> noAccess = Set.of("closeScope", "getScopedMemoryAccess", "isAlive", "newRuntimeException");
        List<String> accesses = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                    || method.getName().endsWith("Internal") || noAccess.contains(method.getName())) {
                continue;
            }
            String descriptor = MethodType.methodType(method.getReturnType(), method.getParameterTypes())
                    .toMethodDescriptorString();
            ScopedAccess access = ScopedAccess.decode(method.getName());
            assertTrue(access != null, method.getName() + descriptor + " is not understood");
            assertTrue(access.addressParameters(descriptor).length >= 2, method.getName() + descriptor);
            if (access.type() != null) {
                char returned = descriptor.charAt(descriptor.length() - 1);
                char expected = switch (access.kind()) {
                    case PUT -> 'V';
                    case COMPARE_AND_SET -> 'Z';
                    default -> access.type().descriptor();
                };
                assertEquals(expected, returned, method.getName() + descriptor);
            }
            accesses.add(method.getName());
        }
        assertTrue(accesses.size() > 100, "accesses: " + accesses);
    }
}
