package io.jplr.test.corpus;

import java.io.RandomAccessFile;
import java.util.concurrent.Callable;

/** RandomAccessFile: every primitive written and read back, a hole past the end, reads at the end. */
public final class RandomAccessFilePrimitives {
    public static void main(String[] args) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile("prims.bin", "rw")) {
            file.writeBoolean(true);
            file.writeByte(-7);
            file.writeShort(-300);
            file.writeChar('\u20ac');
            file.writeInt(Integer.MIN_VALUE);
            file.writeLong(Long.MAX_VALUE);
            file.writeFloat(1.5f);
            file.writeDouble(Math.PI);
            file.writeChars("ab");
            file.write(new byte[] {1, 2, 3, 4, 5}, 1, 3);
            System.out.println("written " + file.getFilePointer());
            file.seek(0);
            System.out.println(file.readBoolean() + " " + file.readByte() + " " + file.readShort() + " "
                    + (int) file.readChar() + " " + file.readInt() + " " + file.readLong() + " "
                    + file.readFloat() + " " + file.readDouble() + " " + file.readChar() + file.readChar());
            byte[] three = new byte[8];
            System.out.println("read(byte[]) near end " + file.read(three) + " " + three[0] + three[1] + three[2]);
            file.seek(1);
            System.out.println("readUnsignedByte " + file.readUnsignedByte() + " readUnsignedShort "
                    + file.readUnsignedShort());
            file.seek(file.length());
            show("readByte at end", file::readByte);
            show("readInt at end", file::readInt);
            show("readLong with 3 left", () -> {
                file.seek(file.length() - 3);
                return file.readLong();
            });
            file.seek(1000);
            file.writeInt(0x41424344);
            System.out.println("with a hole: length " + file.length());
            file.seek(500);
            System.out.println("hole byte " + file.read() + " pointer " + file.getFilePointer());
            file.seek(1002);
            System.out.println("tail " + (char) file.read() + (char) file.read() + " then " + file.read());
            System.out.println("channel size " + file.getChannel().size() + " channel position "
                    + file.getChannel().position());
        }
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
