package io.jplr.test.corpus;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** FileDescriptor: valid and sync on streams and a RandomAccessFile; sync after close and on an unopened one. */
public final class FileDescriptorSync {
    public static void main(String[] args) throws Exception {
        FileOutputStream out = new FileOutputStream("synced.txt");
        FileDescriptor outFd = out.getFD();
        System.out.println("out valid " + outFd.valid());
        out.write("durable\n".getBytes(StandardCharsets.US_ASCII));
        outFd.sync();
        System.out.println("synced");
        out.close();
        System.out.println("out valid after close " + outFd.valid());
        show("sync after close", () -> {
            outFd.sync();
            return "synced";
        });
        try (RandomAccessFile file = new RandomAccessFile("raf.txt", "rw")) {
            file.writeBytes("raf bytes\n");
            file.getFD().sync();
            System.out.println("raf valid " + file.getFD().valid());
        }
        try (FileInputStream in = new FileInputStream("synced.txt")) {
            in.getFD().sync();
            System.out.println("in valid " + in.getFD().valid() + " content " + in.readAllBytes().length);
        }
        FileDescriptor unopened = new FileDescriptor();
        System.out.println("unopened valid " + unopened.valid());
        show("sync unopened", () -> {
            unopened.sync();
            return "synced";
        });
        FileOutputStream shared = new FileOutputStream("shared.txt");
        try (FileOutputStream second = new FileOutputStream(shared.getFD())) {
            shared.write('a');
            second.write('b');
            shared.getFD().sync();
        }
        System.out.println("shared valid after closing the second stream " + shared.getFD().valid());
        show("write on the first after the second closed", () -> {
            shared.write('c');
            return "written";
        });
        shared.close();
        try (FileInputStream in = new FileInputStream("shared.txt")) {
            System.out.println("shared content " + new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        }
        System.out.println("standard descriptors valid " + FileDescriptor.in.valid() + " " + FileDescriptor.out.valid()
                + " " + FileDescriptor.err.valid());
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
