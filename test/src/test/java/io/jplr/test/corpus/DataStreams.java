package io.jplr.test.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.concurrent.Callable;

/** DataOutputStream/DataInputStream over buffered file streams: every type, size(); EOF and a cut UTF. */
public final class DataStreams {
    public static void main(String[] args) throws Exception {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream("data.bin")))) {
            out.writeInt(123456789);
            out.writeLong(-1L);
            out.writeDouble(0.1);
            out.writeFloat(-0.0f);
            out.writeBoolean(false);
            out.writeShort(65535);
            out.writeChar('Z');
            out.writeUTF("d\u00e4t\u00e4 \u2603");
            out.writeChars("hi");
            out.writeBytes("raw");
            System.out.println("size " + out.size());
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream("data.bin")))) {
            System.out.println(in.readInt() + " " + in.readLong() + " " + in.readDouble() + " " + in.readFloat() + " "
                    + in.readBoolean() + " " + in.readUnsignedShort() + " " + in.readChar() + " " + in.readUTF() + " "
                    + in.readChar() + in.readChar());
            System.out.println("skipBytes(1) " + in.skipBytes(1) + " then " + (char) in.readByte() + (char) in.readByte());
            System.out.println("available " + in.available());
            show("readInt at end", in::readInt);
            show("readFully at end", () -> {
                in.readFully(new byte[1]);
                return "read";
            });
        }
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream("cut.bin"))) {
            out.writeShort(10);
            out.writeBytes("abc");
        }
        try (DataInputStream in = new DataInputStream(new FileInputStream("cut.bin"))) {
            show("readUTF cut short", in::readUTF);
        }
        try (DataOutputStream out = new DataOutputStream(new FileOutputStream("malformed.bin"))) {
            out.writeShort(2);
            out.write(new byte[] {(byte) 0xc0, (byte) 0x20});
        }
        try (DataInputStream in = new DataInputStream(new FileInputStream("malformed.bin"))) {
            show("readUTF malformed", in::readUTF);
        }
        show("DataInputStream on a missing file", () -> new DataInputStream(new FileInputStream("missing.bin")));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            if (result instanceof AutoCloseable) {
                ((AutoCloseable) result).close();
                result = "opened";
            }
            System.out.println(label + ": " + result);
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
