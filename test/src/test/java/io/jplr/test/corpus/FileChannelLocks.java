package io.jplr.test.corpus;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** File locks: lock, tryLock, shared and ranges, release, isValid; overlaps, wrong modes, closed channels. */
public final class FileChannelLocks {
    public static void main(String[] args) throws Exception {
        Path path = Files.writeString(Path.of("locked.txt"), "lock me please");
        try (FileChannel channel = FileChannel.open(path, READ, WRITE)) {
            FileLock lock = channel.lock();
            System.out.println("lock: valid " + lock.isValid() + " shared " + lock.isShared() + " position "
                    + lock.position() + " size " + lock.size() + " channel same " + (lock.channel() == channel)
                    + " overlaps(0,1) " + lock.overlaps(0, 1));
            show("lock again in this JVM", () -> channel.lock());
            show("tryLock again in this JVM", () -> channel.tryLock());
            lock.release();
            System.out.println("released: valid " + lock.isValid());
            lock.release();
            System.out.println("released twice");
            FileLock range = channel.tryLock(0, 5, false);
            System.out.println("tryLock range: valid " + range.isValid() + " " + range.position() + "+" + range.size());
            FileLock other = channel.tryLock(5, 5, false);
            System.out.println("tryLock the next range: valid " + other.isValid());
            show("tryLock overlapping", () -> channel.tryLock(3, 4, true));
            range.close();
            other.release();
            FileLock shared = channel.lock(0, Long.MAX_VALUE, true);
            System.out.println("shared lock: shared " + shared.isShared() + " valid " + shared.isValid());
            shared.release();
        }
        FileLock survivor;
        try (FileChannel channel = FileChannel.open(path, WRITE)) {
            survivor = channel.lock();
            System.out.println("exclusive on a WRITE channel " + survivor.isValid());
            show("shared on a WRITE-only channel", () -> channel.lock(0, 10, true));
        }
        System.out.println("lock after its channel closed: valid " + survivor.isValid());
        try (FileChannel channel = FileChannel.open(path, READ)) {
            show("exclusive on a READ-only channel", () -> channel.lock());
            FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
            System.out.println("shared on a READ channel " + shared.isShared());
        }
        try (RandomAccessFile file = new RandomAccessFile("raf.txt", "rw")) {
            FileLock lock = file.getChannel().lock();
            System.out.println("RandomAccessFile channel lock " + lock.isValid());
            file.writeBytes("written under a lock");
            lock.release();
        }
        show("lock on a closed channel", () -> {
            FileChannel channel = FileChannel.open(Path.of("closed.txt"), CREATE, WRITE);
            channel.close();
            return channel.lock();
        });
        show("negative range", () -> {
            try (FileChannel channel = FileChannel.open(path, WRITE)) {
                return channel.lock(-1, 10, false);
            }
        });
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            if (result instanceof FileLock) {
                FileLock lock = (FileLock) result;
                result = "locked valid " + lock.isValid();
                lock.release();
            }
            System.out.println(label + ": " + result);
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
