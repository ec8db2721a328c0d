package io.jplr.test.corpus;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * WatchService: register, the same key twice, poll, timed poll, take, events of create, modify, move and
 * delete, reset, cancel, a watched directory deleted, bad registrations, a thread in take woken by close.
 * Events that may arrive in pieces are gathered until all are in, so the output is the same in every run.
 */
public final class NioWatchService {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectory(Path.of("watched"));
        WatchService service = FileSystems.getDefault().newWatchService();
        WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        System.out.println("registered again, same key: " + (key == dir.register(service, ENTRY_CREATE, ENTRY_DELETE,
                ENTRY_MODIFY)));
        System.out.println("watchable: " + key.watchable() + ", valid: " + key.isValid());
        System.out.println("poll: " + service.poll());
        System.out.println("poll 20 ms: " + service.poll(20, TimeUnit.MILLISECONDS));

        Files.createFile(dir.resolve("a.txt"));
        System.out.println("create: " + gather(service, key, 1));
        // One write, appended: truncating would be a second modification, maybe reported apart.
        Files.writeString(dir.resolve("a.txt"), "changed", StandardOpenOption.APPEND);
        System.out.println("modify: " + gather(service, key, 1));
        Files.move(dir.resolve("a.txt"), dir.resolve("b.txt"), StandardCopyOption.ATOMIC_MOVE);
        System.out.println("move: " + gather(service, key, 2));
        Files.createDirectory(dir.resolve("sub"));
        Files.delete(dir.resolve("b.txt"));
        System.out.println("mkdir, delete: " + gather(service, key, 2));

        Path gone = Files.createDirectory(Path.of("gone"));
        WatchKey goneKey = gone.register(service, ENTRY_CREATE);
        Files.delete(gone);
        WatchKey signalled = service.take();
        System.out.println("deleted directory's key signalled: " + (signalled == goneKey) + ", valid: "
                + goneKey.isValid() + ", reset: " + goneKey.reset());

        show("register a file", () -> Files.createFile(Path.of("plain")).register(service, ENTRY_CREATE));
        show("register a missing directory", () -> Path.of("missing").register(service, ENTRY_CREATE));
        show("register no kinds", () -> dir.register(service));
        show("register sensitivity", () -> dir.register(service, new WatchEvent.Kind<?>[] {ENTRY_CREATE},
                com.sun.nio.file.SensitivityWatchEventModifier.HIGH) == key);
        show("register file tree", () -> dir.register(service, new WatchEvent.Kind<?>[] {ENTRY_CREATE},
                com.sun.nio.file.ExtendedWatchEventModifier.FILE_TREE));

        key.cancel();
        System.out.println("cancelled, valid: " + key.isValid() + ", reset: " + key.reset());
        Files.createFile(dir.resolve("after-cancel"));
        System.out.println("poll after cancel: " + service.poll(50, TimeUnit.MILLISECONDS));

        Thread watcher = new Thread(() -> {
            try {
                System.out.println("watcher took " + service.take());
            } catch (ClosedWatchServiceException e) {
                System.out.println("watcher: " + e);
            } catch (InterruptedException e) {
                System.out.println("watcher interrupted");
            }
        });
        watcher.start();
        Thread.sleep(100);
        service.close();
        watcher.join();
        service.close();
        show("poll after close", service::poll);
        show("register after close", () -> dir.register(service, ENTRY_CREATE));
    }

    /** Takes the key until {@code expected} events came, then resets it: the kinds and names, sorted. */
    private static TreeSet<String> gather(WatchService service, WatchKey key, int expected) throws Exception {
        TreeSet<String> seen = new TreeSet<>();
        while (seen.size() < expected) {
            WatchKey signalled = service.poll(10, TimeUnit.SECONDS);
            if (signalled == null) {
                seen.add("(nothing in 10 s)");
                break;
            }
            if (signalled != key) {
                seen.add("(another key)");
            }
            for (WatchEvent<?> event : signalled.pollEvents()) {
                seen.add(event.kind().name() + " " + event.context());
            }
            signalled.reset();
        }
        return seen;
    }

    private static void show(String what, Callable<?> action) {
        try {
            System.out.println(what + ": " + action.call());
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }
}
