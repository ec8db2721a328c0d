package io.jplr.test.corpus;

import java.io.File;
import java.io.RandomAccessFile;
import java.util.concurrent.Callable;

/** RandomAccessFile: rw and r modes, seek, length, setLength both ways, readLine, readFully, UTF; errors. */
public final class RandomAccessFileModes {
    public static void main(String[] args) throws Exception {
        new File("dir").mkdir();
        try (RandomAccessFile file = new RandomAccessFile("raf.bin", "rw")) {
            System.out.println("new length " + file.length() + " pointer " + file.getFilePointer());
            file.writeUTF("h\u00e9llo w\u00f6rld \u2603");
            file.writeInt(42);
            file.writeBytes("line one\nline two\r\nline three");
            System.out.println("after writes length " + file.length() + " pointer " + file.getFilePointer());
            file.seek(0);
            System.out.println("readUTF " + file.readUTF());
            System.out.println("readInt " + file.readInt());
            System.out.println("readLine " + file.readLine());
            System.out.println("readLine " + file.readLine());
            System.out.println("readLine " + file.readLine());
            System.out.println("readLine at end " + file.readLine());
            System.out.println("read() at end " + file.read());
            file.setLength(100);
            System.out.println("grown length " + file.length() + " pointer " + file.getFilePointer());
            file.seek(90);
            System.out.println("byte in the grown part " + file.read());
            file.setLength(10);
            System.out.println("shrunk length " + file.length() + " pointer " + file.getFilePointer());
            System.out.println("skipBytes at end " + file.skipBytes(100));
            file.seek(2);
            System.out.println("skipBytes(3) " + file.skipBytes(3) + " pointer " + file.getFilePointer());
            System.out.println("skipBytes(100) " + file.skipBytes(100) + " pointer " + file.getFilePointer());
            file.seek(0);
            byte[] ten = new byte[10];
            file.readFully(ten);
            System.out.println("readFully 10 bytes, first two " + ten[0] + " " + ten[1]);
            file.seek(4);
            show("readFully past end", () -> {
                file.readFully(new byte[20]);
                return "read";
            });
            System.out.println("pointer after failed readFully " + file.getFilePointer());
            show("seek(-1)", () -> {
                file.seek(-1);
                return "sought";
            });
            show("setLength(-1)", () -> {
                file.setLength(-1);
                return "set";
            });
            file.seek(20);
            file.write('!');
            System.out.println("write past end length " + file.length());
        }
        try (RandomAccessFile file = new RandomAccessFile(new File("raf.bin"), "r")) {
            System.out.println("r length " + file.length());
            System.out.println("r first byte " + file.read());
            show("write in r mode", () -> {
                file.write(1);
                return "written";
            });
            show("setLength in r mode", () -> {
                file.setLength(5);
                return "set";
            });
            System.out.println("r length after failures " + file.length());
        }
        try (RandomAccessFile file = new RandomAccessFile("rws.bin", "rws")) {
            file.writeLong(0x0102030405060708L);
        }
        try (RandomAccessFile file = new RandomAccessFile("rwd.bin", "rwd")) {
            file.writeShort(0x7f7f);
        }
        System.out.println("rws " + new File("rws.bin").length() + " rwd " + new File("rwd.bin").length());
        show("r on a missing file", () -> new RandomAccessFile("missing.bin", "r"));
        show("rw in a missing directory", () -> new RandomAccessFile("missing/x.bin", "rw"));
        show("rw on a directory", () -> new RandomAccessFile("dir", "rw"));
        show("r on a directory", () -> new RandomAccessFile("dir", "r"));
        show("bad mode", () -> new RandomAccessFile("raf.bin", "x"));
        show("read after close", () -> {
            RandomAccessFile file = new RandomAccessFile("raf.bin", "r");
            file.close();
            return file.read();
        });
        System.out.println("r created nothing: " + new File("missing.bin").exists());
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
