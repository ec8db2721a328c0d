package io.jplr.test.apps;

import java.lang.reflect.Method;
import java.nio.Buffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * JDK 22+ (written against 17, so through reflection): a {@code MemorySegment} over a mapped buffer, written
 * and read through the segment and the buffer; then {@code FileChannel.map} with an {@code Arena}.
 */
public final class MappedSegment {
    public static void main(String[] args) throws Throwable {
        Class<?> segmentType = Class.forName("java.lang.foreign.MemorySegment");
        Class<?> layouts = Class.forName("java.lang.foreign.ValueLayout");
        Class<?> longLayout = Class.forName("java.lang.foreign.ValueLayout$OfLong");
        Class<?> arenaType = Class.forName("java.lang.foreign.Arena");
        Object javaLong = layouts.getField("JAVA_LONG").get(null);
        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            MappedByteBuffer buffer = channel.map(FileChannel.MapMode.READ_WRITE, 0, 4096);
            Object segment = segmentType.getMethod("ofBuffer", Buffer.class).invoke(null, buffer);
            segmentType.getMethod("set", longLayout, long.class, long.class).invoke(segment, javaLong, 8L, 12345L);
            Object tail = segmentType.getMethod("asSlice", long.class).invoke(segment, 100L);
            segmentType.getMethod("fill", byte.class).invoke(tail, (byte) 7);
            Object read = segmentType.getMethod("get", longLayout, long.class).invoke(segment, javaLong, 8L);
            System.out.println("segment " + read + " " + buffer.getLong(8) + " " + buffer.get(4000));
            Method map = FileChannel.class.getMethod("map", FileChannel.MapMode.class, long.class, long.class,
                    arenaType);
            try (AutoCloseable arena = (AutoCloseable) arenaType.getMethod("ofConfined").invoke(null)) {
                map.invoke(channel, FileChannel.MapMode.READ_WRITE, 0L, 4096L, arena);
                System.out.println("arena mapping made");
            } catch (java.lang.reflect.InvocationTargetException e) {
                System.out.println("arena mapping refused: " + e.getCause());
            }
        }
    }
}
