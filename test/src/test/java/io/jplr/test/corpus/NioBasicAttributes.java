package io.jplr.test.corpus;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Basic attributes: size, times set to fixed values, readAttributes, get/setAttribute, the view; errors. */
public final class NioBasicAttributes {
    private static final FileTime FIXED = FileTime.fromMillis(1_300_000_000_000L);

    public static void main(String[] args) throws Exception {
        Path file = Files.writeString(Path.of("file.txt"), "0123456789");
        Path dir = Files.createDirectory(Path.of("dir"));
        Files.createSymbolicLink(Path.of("link"), file);
        System.out.println("size " + Files.size(file));
        System.out.println("setLastModifiedTime " + Files.setLastModifiedTime(file, FIXED));
        System.out.println("getLastModifiedTime " + Files.getLastModifiedTime(file));
        Files.setLastModifiedTime(dir, FileTime.fromMillis(0));
        System.out.println("dir time " + Files.getLastModifiedTime(dir));
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        System.out.println("file: regular " + attributes.isRegularFile() + " dir " + attributes.isDirectory() + " link "
                + attributes.isSymbolicLink() + " other " + attributes.isOther() + " size " + attributes.size()
                + " modified " + attributes.lastModifiedTime() + " has key " + (attributes.fileKey() != null));
        BasicFileAttributes linkAttributes = Files.readAttributes(Path.of("link"), BasicFileAttributes.class,
                NOFOLLOW_LINKS);
        System.out.println("link itself: regular " + linkAttributes.isRegularFile() + " link "
                + linkAttributes.isSymbolicLink() + " size " + linkAttributes.size());
        BasicFileAttributes followed = Files.readAttributes(Path.of("link"), BasicFileAttributes.class);
        System.out.println("link followed: regular " + followed.isRegularFile() + " size " + followed.size()
                + " modified " + followed.lastModifiedTime() + " same key " + followed.fileKey().equals(attributes.fileKey()));
        System.out.println("dir: directory " + Files.readAttributes(dir, BasicFileAttributes.class).isDirectory());
        System.out.println("getAttribute basic:size " + Files.getAttribute(file, "basic:size"));
        System.out.println("getAttribute size " + Files.getAttribute(file, "size"));
        System.out.println("getAttribute isDirectory " + Files.getAttribute(dir, "isDirectory"));
        Files.setAttribute(file, "basic:lastModifiedTime", FileTime.fromMillis(1_400_000_000_000L));
        System.out.println("after setAttribute " + Files.getAttribute(file, "lastModifiedTime"));
        Files.setAttribute(file, "lastAccessTime", FileTime.fromMillis(1_200_000_000_000L));
        System.out.println("lastAccessTime " + Files.getAttribute(file, "lastAccessTime"));
        Map<String, Object> map = new TreeMap<>(Files.readAttributes(file, "size,lastModifiedTime,isRegularFile"));
        System.out.println("readAttributes(String) " + map);
        System.out.println("readAttributes keys of basic:* " + new TreeMap<>(Files.readAttributes(file, "basic:*")).keySet());
        BasicFileAttributeView view = Files.getFileAttributeView(file, BasicFileAttributeView.class);
        view.setTimes(FIXED, FIXED, null);
        System.out.println("view " + view.name() + " times " + view.readAttributes().lastModifiedTime() + " "
                + view.readAttributes().lastAccessTime());
        Files.setLastModifiedTime(Path.of("link"), FileTime.fromMillis(1_000L));
        System.out.println("time set through the link reached the file " + Files.getLastModifiedTime(file));
        show("size of a missing file", () -> Files.size(Path.of("missing")));
        show("readAttributes of a missing file", () -> Files.readAttributes(Path.of("missing"), BasicFileAttributes.class));
        show("getLastModifiedTime of a missing file", () -> Files.getLastModifiedTime(Path.of("missing")));
        show("setLastModifiedTime of a missing file", () -> Files.setLastModifiedTime(Path.of("missing"), FIXED));
        show("unknown attribute", () -> Files.getAttribute(file, "basic:colour"));
        show("unknown view", () -> Files.getAttribute(file, "nosuchview:size"));
        show("set a read-only attribute", () -> Files.setAttribute(file, "size", 3L));
        show("set with a wrong type", () -> Files.setAttribute(file, "lastModifiedTime", "yesterday"));
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            System.out.println(label + ": " + (result instanceof BasicFileAttributes ? "read" : result));
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
