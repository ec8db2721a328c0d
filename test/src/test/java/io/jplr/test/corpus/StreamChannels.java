package io.jplr.test.corpus;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** getChannel() of FileInputStream/FileOutputStream/RandomAccessFile: shared positions, append, wrong modes. */
public final class StreamChannels {
    public static void main(String[] args) throws Exception {
        try (FileOutputStream out = new FileOutputStream("out.txt")) {
            FileChannel channel = out.getChannel();
            out.write("stream ".getBytes(StandardCharsets.US_ASCII));
            System.out.println("FOS channel position after a stream write " + channel.position());
            channel.write(ByteBuffer.wrap("channel ".getBytes(StandardCharsets.US_ASCII)));
            out.write("stream-again".getBytes(StandardCharsets.US_ASCII));
            System.out.println("size " + channel.size() + " same channel " + (out.getChannel() == channel));
            channel.position(0);
            out.write('S');
            show("read from a FOS channel", () -> channel.read(ByteBuffer.allocate(1)));
        }
        System.out.println("out.txt " + Files.readString(Path.of("out.txt")));
        try (FileOutputStream out = new FileOutputStream("out.txt", true)) {
            System.out.println("append channel position " + out.getChannel().position());
            out.getChannel().write(ByteBuffer.wrap("|appended".getBytes(StandardCharsets.US_ASCII)));
            System.out.println("append channel size " + out.getChannel().size());
        }
        try (FileInputStream in = new FileInputStream("out.txt")) {
            FileChannel channel = in.getChannel();
            System.out.println("FIS read() " + (char) in.read() + " channel position " + channel.position());
            channel.position(7);
            System.out.println("after channel.position(7) stream reads " + (char) in.read());
            ByteBuffer buffer = ByteBuffer.allocate(7);
            channel.read(buffer);
            System.out.println("channel read '" + new String(buffer.array(), StandardCharsets.US_ASCII) + "' available "
                    + in.available());
            show("write to a FIS channel", () -> channel.write(ByteBuffer.allocate(1)));
            show("truncate a FIS channel", () -> channel.truncate(1));
        }
        try (RandomAccessFile file = new RandomAccessFile("raf.txt", "rw")) {
            FileChannel channel = file.getChannel();
            file.writeBytes("0123456789");
            System.out.println("RAF channel position " + channel.position() + " size " + channel.size());
            channel.position(2);
            System.out.println("file pointer follows " + file.getFilePointer() + " read " + (char) file.read());
            channel.truncate(5);
            System.out.println("after channel truncate: length " + file.length() + " pointer " + file.getFilePointer());
        }
        try (RandomAccessFile file = new RandomAccessFile("raf.txt", "r")) {
            show("write to an r RAF channel", () -> file.getChannel().write(ByteBuffer.allocate(1)));
        }
        FileInputStream closed = new FileInputStream("raf.txt");
        FileChannel channel = closed.getChannel();
        closed.close();
        System.out.println("channel of a closed stream open " + channel.isOpen());
        FileOutputStream viaChannel = new FileOutputStream("close-via-channel.txt");
        viaChannel.getChannel().close();
        show("stream after its channel closed", () -> {
            viaChannel.write(1);
            return "written";
        });
        viaChannel.close();
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            System.out.println(label + ": " + (result instanceof FileChannel ? "channel" : result));
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
