package io.jplr.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * The basic, POSIX and owner attribute views of a file the master holds: each read or change is a call,
 * made when the application makes it (a view does no I/O when created, natively either).
 */
final class RemoteAttributeView implements PosixFileAttributeView {
    private final Path path;
    private final String name;
    private final boolean followLinks;

    RemoteAttributeView(Path path, String name, boolean followLinks) {
        this.path = path;
        this.name = name;
        this.followLinks = followLinks;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public PosixFileAttributes readAttributes() throws IOException {
        return PathBoundary.attributes(path, true, followLinks, io.jplr.syscall.table.PathOptions.MISSING_FAILS);
    }

    @Override
    public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime)
            throws IOException {
        if (lastModifiedTime != null) {
            PathBoundary.setAttribute(path, "basic:lastModifiedTime", lastModifiedTime, followLinks);
        }
        if (lastAccessTime != null) {
            PathBoundary.setAttribute(path, "basic:lastAccessTime", lastAccessTime, followLinks);
        }
        if (createTime != null) {
            PathBoundary.setAttribute(path, "basic:creationTime", createTime, followLinks);
        }
    }

    @Override
    public void setPermissions(Set<PosixFilePermission> permissions) throws IOException {
        PathBoundary.setAttribute(path, "posix:permissions", permissions, followLinks);
    }

    @Override
    public void setGroup(GroupPrincipal group) throws IOException {
        PathBoundary.setAttribute(path, "posix:group", group, followLinks);
    }

    @Override
    public UserPrincipal getOwner() throws IOException {
        return (UserPrincipal) PathBoundary.attributeMap(path, "owner:owner", followLinks).get("owner");
    }

    @Override
    public void setOwner(UserPrincipal owner) throws IOException {
        PathBoundary.setAttribute(path, "owner:owner", owner, followLinks);
    }
}
