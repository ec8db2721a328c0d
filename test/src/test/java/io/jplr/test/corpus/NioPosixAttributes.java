package io.jplr.test.corpus;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** POSIX attributes: permissions get/set, createFile with permissions, owner, group, posix: and unix: names. */
public final class NioPosixAttributes {
    public static void main(String[] args) throws Exception {
        Path file = Files.writeString(Path.of("file.txt"), "posix");
        System.out.println("default permissions " + perms(Files.getPosixFilePermissions(file)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx--x-w-"));
        System.out.println("after set " + perms(Files.getPosixFilePermissions(file)));
        Path created = Files.createFile(Path.of("created.txt"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
        System.out.println("created with rw-rw-rw- (umask applies) " + perms(Files.getPosixFilePermissions(created)));
        Path dir = Files.createDirectory(Path.of("dir"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        System.out.println("directory created with rwx------ " + perms(Files.getPosixFilePermissions(dir)));
        Map<String, Object> read = new TreeMap<>(Files.readAttributes(file, "posix:permissions,size"));
        System.out.println("posix:permissions,size " + read.keySet() + " size " + read.get("size") + " permissions "
                + perms(castPermissions(read.get("permissions"))));
        System.out.println("posix:* keys " + new TreeMap<>(Files.readAttributes(file, "posix:*")).keySet());
        Files.setAttribute(file, "posix:permissions", PosixFilePermissions.fromString("r--r--r--"));
        System.out.println("after setAttribute " + perms(castPermissions(Files.getAttribute(file, "posix:permissions"))));
        UserPrincipal owner = Files.getOwner(file);
        System.out.println("owner is user.name " + owner.getName().equals(System.getProperty("user.name")));
        PosixFileAttributes attributes = Files.readAttributes(file, PosixFileAttributes.class);
        System.out.println("attributes owner equal " + attributes.owner().equals(owner) + " group named "
                + !attributes.group().getName().isEmpty() + " permissions " + perms(attributes.permissions()));
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        System.out.println("view " + view.name());
        view.setOwner(owner);
        view.setGroup(attributes.group());
        System.out.println("set owner and group to the same ones: owner kept " + Files.getOwner(file).equals(owner));
        System.out.println("unix:mode " + Integer.toOctalString((Integer) Files.getAttribute(file, "unix:mode")));
        System.out.println("unix:nlink " + Files.getAttribute(file, "unix:nlink"));
        System.out.println("unix:uid matches the owner " + Files.getAttribute(file, "unix:uid").equals(
                Files.getAttribute(created, "unix:uid")));
        Files.createSymbolicLink(Path.of("link"), file);
        System.out.println("link NOFOLLOW permissions " + perms(Files.getPosixFilePermissions(Path.of("link"),
                NOFOLLOW_LINKS)) + " followed " + perms(Files.getPosixFilePermissions(Path.of("link"))));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x--x"));
        System.out.println("final " + perms(Files.getPosixFilePermissions(file)) + " "
                + perms(Files.getPosixFilePermissions(dir)));
        show("permissions of a missing file", () -> perms(Files.getPosixFilePermissions(Path.of("missing"))));
        show("set permissions of a missing file", () -> Files.setPosixFilePermissions(Path.of("missing"),
                PosixFilePermissions.fromString("rw-------")));
        show("owner of a missing file", () -> Files.getOwner(Path.of("missing")).getName());
        show("bad permission string", () -> PosixFilePermissions.fromString("rwz------"));
        show("unknown posix attribute", () -> Files.getAttribute(file, "posix:colour"));
        show("lookup of an unknown user", () -> file.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByName("no-such-user-jplr-corpus"));
        show("createFile with an existing name and permissions", () -> Files.createFile(created,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxrwxrwx"))));
    }

    @SuppressWarnings("unchecked")
    private static Set<PosixFilePermission> castPermissions(Object value) {
        return (Set<PosixFilePermission>) value;
    }

    private static String perms(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.toString(permissions);
    }

    private static void show(String label, Callable<Object> step) {
        try {
            System.out.println(label + ": " + step.call());
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
