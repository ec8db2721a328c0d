package io.jplr.bootstrap;

import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.HashSet;
import java.util.Set;

/** Attributes of a file as the master read them; POSIX ones only if they were asked for. */
final class RemoteFileAttributes implements PosixFileAttributes {
    private final FileTime lastModified;
    private final FileTime lastAccess;
    private final FileTime creation;
    private final boolean regularFile;
    private final boolean directory;
    private final boolean symbolicLink;
    private final boolean other;
    private final long size;
    private final Object fileKey;
    /** Owner, group, permission bits (as a decimal string), or null. */
    private final String[] posix;

    RemoteFileAttributes(FileTime lastModified, FileTime lastAccess, FileTime creation, boolean regularFile,
            boolean directory, boolean symbolicLink, boolean other, long size, Object fileKey, String[] posix) {
        this.lastModified = lastModified;
        this.lastAccess = lastAccess;
        this.creation = creation;
        this.regularFile = regularFile;
        this.directory = directory;
        this.symbolicLink = symbolicLink;
        this.other = other;
        this.size = size;
        this.fileKey = fileKey;
        this.posix = posix;
    }

    @Override
    public FileTime lastModifiedTime() {
        return lastModified;
    }

    @Override
    public FileTime lastAccessTime() {
        return lastAccess;
    }

    @Override
    public FileTime creationTime() {
        return creation;
    }

    @Override
    public boolean isRegularFile() {
        return regularFile;
    }

    @Override
    public boolean isDirectory() {
        return directory;
    }

    @Override
    public boolean isSymbolicLink() {
        return symbolicLink;
    }

    @Override
    public boolean isOther() {
        return other;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public Object fileKey() {
        return fileKey;
    }

    private String[] posix() {
        if (posix == null) {
            throw new UnsupportedOperationException("jPLR: POSIX attributes were not read");
        }
        return posix;
    }

    @Override
    public UserPrincipal owner() {
        return RemotePrincipal.of(posix()[0], false);
    }

    @Override
    public GroupPrincipal group() {
        return (GroupPrincipal) RemotePrincipal.of(posix()[1], true);
    }

    @Override
    public Set<PosixFilePermission> permissions() {
        return new HashSet<>(AttributeCodec.permissions(Integer.parseInt(posix()[2])));
    }
}
