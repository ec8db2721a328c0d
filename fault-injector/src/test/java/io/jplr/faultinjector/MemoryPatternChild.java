package io.jplr.faultinjector;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The process {@link ProcessMemoryTest} flips bits in: a large long[] and a native block, both filled with
 * known patterns. Prints {@code ready <native block address>}, then answers each {@code check} line on stdin
 * with {@code array <bits> native <bits>}, the bits that differ from the patterns.
 */
public final class MemoryPatternChild {
    static final byte NATIVE_FILL = (byte) 0xa5;
    static final int NATIVE_SIZE = 1 << 16;

    private MemoryPatternChild() {
    }

    public static void main(String[] args) throws IOException {
        long[] array = new long[Integer.parseInt(args[0])];
        for (int i = 0; i < array.length; i++) {
            array[i] = expected(i);
        }
        NativeBlock block = NativeBlock.filled(NATIVE_SIZE, NATIVE_FILL);
        System.out.println("ready " + block.address());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null;) {
            if (line.equals("check")) {
                long bits = 0;
                for (int i = 0; i < array.length; i++) {
                    bits += Long.bitCount(array[i] ^ expected(i));
                }
                System.out.println("array " + bits + " native " + block.bitsDifferingFrom(NATIVE_FILL));
            }
        }
    }

    private static long expected(int index) {
        return 0x5555_5555_5555_5555L ^ index * 0x9E37_79B9_7F4A_7C15L;
    }
}
