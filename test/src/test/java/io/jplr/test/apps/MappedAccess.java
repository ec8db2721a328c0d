package io.jplr.test.apps;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Every way a program reaches a mapped file's memory: absolute and relative get and put of every width in
 * both byte orders, bulk get and put, views in both orders, slices and duplicates, buffer-to-buffer copies,
 * equals and mismatch, VarHandles (plain, volatile, atomic updates), checksums, a charset decoder, force and
 * load; a read-only and a private mapping of the same file. Prints what it reads; the file keeps what it wrote.
 */
public final class MappedAccess {
    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_WRITE, 0, 8192);
            say("mapped", map.capacity() + " " + map.isDirect() + " " + map.isReadOnly() + " size " + channel.size());
            for (int i = 0; i < 64; i++) {
                map.put((byte) (i * 7));
            }
            map.putShort((short) -2).putChar('J').putInt(0x01020304).putLong(-5L).putFloat(1.5f).putDouble(-2.25);
            map.order(ByteOrder.LITTLE_ENDIAN).putInt(0x0A0B0C0D).putLong(0x1122334455667788L);
            map.order(ByteOrder.BIG_ENDIAN).flip();
            long sum = 0;
            for (int i = 0; i < 64; i++) {
                sum += map.get();
            }
            say("relative", sum + " " + map.getShort() + " " + map.getChar() + " " + map.getInt() + " "
                    + map.getLong() + " " + map.getFloat() + " " + map.getDouble());
            map.order(ByteOrder.LITTLE_ENDIAN);
            say("little", Integer.toHexString(map.getInt()) + " " + Long.toHexString(map.getLong()));
            map.order(ByteOrder.BIG_ENDIAN).clear();
            say("absolute", map.get(5) + " " + map.getShort(64) + " " + Integer.toHexString(map.getInt(68)));

            byte[] text = "copy and execute: the master performs the access".getBytes(StandardCharsets.UTF_8);
            map.put(1000, text);
            byte[] back = new byte[text.length];
            map.get(1000, back);
            say("bulk", new String(back, StandardCharsets.UTF_8));
            say("decoded", StandardCharsets.UTF_8.decode(map.slice(1000, text.length)).toString());

            IntBuffer ints = map.position(2048).slice().asIntBuffer();
            for (int i = 0; i < 16; i++) {
                ints.put(i, i * i);
            }
            int[] squares = new int[16];
            ints.get(0, squares);
            LongBuffer longs = map.slice(2200, 64).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
            longs.put(new long[] {1, -1, Long.MAX_VALUE, 42});
            CharBuffer chars = map.slice(2400, 32).asCharBuffer();
            chars.put("mapped chars");
            say("views", squares[15] + " " + map.getInt(2048 + 60) + " " + longs.get(2) + " "
                    + map.order(ByteOrder.LITTLE_ENDIAN).getLong(2200 + 8) + " " + chars.flip().toString());
            map.order(ByteOrder.BIG_ENDIAN);

            ByteBuffer heap = ByteBuffer.allocate(64);
            heap.put(map.slice(1000, 64));
            ByteBuffer direct = ByteBuffer.allocateDirect(64);
            direct.put(map.slice(1000, 64));
            map.put(3000, direct, 0, 64);
            map.position(3100).put(heap.flip());
            map.clear();
            say("copies", map.slice(3000, 64).equals(map.slice(3100, 64)) + " "
                    + map.slice(3000, 64).mismatch(map.slice(1000, 64)) + " "
                    + map.slice(0, 32).compareTo(map.slice(32, 32)) + " " + map.duplicate().limit(16).hashCode());

            VarHandle intHandle = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
            VarHandle longHandle = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
            intHandle.setRelease(map, 4000, 10);
            boolean swapped = intHandle.compareAndSet(map, 4000, 10, 11);
            int before = (int) intHandle.getAndAdd(map, 4000, 100);
            int exchanged = (int) intHandle.compareAndExchange(map, 4000, 111, 7);
            longHandle.setVolatile(map, 4008, 1L << 40);
            long ored = (long) longHandle.getAndBitwiseOr(map, 4008, 3L);
            VarHandle doubles = MethodHandles.byteBufferViewVarHandle(double[].class, ByteOrder.nativeOrder());
            doubles.set(map, 4016, 0.5);
            boolean doubleSwapped = doubles.compareAndSet(map, 4016, 0.5, 0.75);
            VarHandle swappedLongs = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
            long added = (long) swappedLongs.getAndAdd(map, 4024, 5L) + (long) swappedLongs.getAndBitwiseXor(map, 4024, 6L);
            say("atomics", swapped + " " + before + " " + exchanged + " " + intHandle.getAcquire(map, 4000) + " "
                    + ored + " " + longHandle.getOpaque(map, 4008) + " " + doubleSwapped + " " + doubles.get(map, 4016) + " "
                    + added + " " + swappedLongs.get(map, 4024));

            CRC32 crc = new CRC32();
            crc.update(map.slice(0, 4096));
            CRC32C crcc = new CRC32C();
            crcc.update(map.slice(0, 4096));
            say("checksums", Long.toHexString(crc.getValue()) + " " + Long.toHexString(crcc.getValue()));

            map.force();
            map.force(1000, 100);
            map.load();
            say("loaded", "ok " + (map.isLoaded() || !map.isLoaded()));

            MappedByteBuffer readOnly = channel.map(FileChannel.MapMode.READ_ONLY, 1000, text.length);
            byte[] seen = new byte[text.length];
            readOnly.get(seen);
            String refused;
            try {
                readOnly.put(0, (byte) 1);
                refused = "no";
            } catch (java.nio.ReadOnlyBufferException e) {
                refused = "ReadOnlyBufferException";
            }
            say("read-only", new String(seen, StandardCharsets.UTF_8) + " / " + refused);

            MappedByteBuffer copy = channel.map(FileChannel.MapMode.PRIVATE, 4096, 4096);
            copy.putLong(0, 77);
            map.putLong(4096 + 8, 88);
            say("private", copy.getLong(0) + " " + map.getLong(4096) + " " + copy.get(100));

            MappedByteBuffer again = channel.map(FileChannel.MapMode.READ_WRITE, 0, 8192);
            say("again", again.getInt(2048 + 60) + " " + (again != map));
            channel.map(FileChannel.MapMode.READ_WRITE, 8192, 100).putLong(92, -1L);
            say("grown", channel.size() + "");
        }
    }

    private static void say(String label, String text) {
        System.out.println(label + ": " + text);
    }
}
