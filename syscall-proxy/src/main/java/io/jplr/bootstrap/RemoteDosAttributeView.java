package io.jplr.bootstrap;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * The DOS attribute view of a file the master holds (on Linux, extended attributes the JDK keeps for it):
 * libraries such as Commons IO clear the read-only flag through it before deleting.
 */
final class RemoteDosAttributeView implements DosFileAttributeView {
    private final Path path;
    private final boolean followLinks;

    RemoteDosAttributeView(Path path, boolean followLinks) {
        this.path = path;
        this.followLinks = followLinks;
    }

    @Override
    public String name() {
        return "dos";
    }

    @Override
    public DosFileAttributes readAttributes() throws IOException {
        return read(path, followLinks);
    }

    static DosFileAttributes read(Path path, boolean followLinks) {
        Map<String, Object> values = PathBoundary.attributeMap(path, "dos:*", followLinks);
        return new Attributes(values);
    }

    @Override
    public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime)
            throws IOException {
        new RemoteAttributeView(path, "basic", followLinks).setTimes(lastModifiedTime, lastAccessTime, createTime);
    }

    @Override
    public void setReadOnly(boolean value) throws IOException {
        PathBoundary.setAttribute(path, "dos:readonly", value, followLinks);
    }

    @Override
    public void setHidden(boolean value) throws IOException {
        PathBoundary.setAttribute(path, "dos:hidden", value, followLinks);
    }

    @Override
    public void setSystem(boolean value) throws IOException {
        PathBoundary.setAttribute(path, "dos:system", value, followLinks);
    }

    @Override
    public void setArchive(boolean value) throws IOException {
        PathBoundary.setAttribute(path, "dos:archive", value, followLinks);
    }

    /** DOS attributes as the master read them ("dos:*"). */
    private static final class Attributes implements DosFileAttributes {
        private final Map<String, Object> values;

        Attributes(Map<String, Object> values) {
            this.values = values;
        }

        private boolean flag(String name) {
            return Boolean.TRUE.equals(values.get(name));
        }

        @Override
        public boolean isReadOnly() {
            return flag("readonly");
        }

        @Override
        public boolean isHidden() {
            return flag("hidden");
        }

        @Override
        public boolean isArchive() {
            return flag("archive");
        }

        @Override
        public boolean isSystem() {
            return flag("system");
        }

        @Override
        public FileTime lastModifiedTime() {
            return (FileTime) values.get("lastModifiedTime");
        }

        @Override
        public FileTime lastAccessTime() {
            return (FileTime) values.get("lastAccessTime");
        }

        @Override
        public FileTime creationTime() {
            return (FileTime) values.get("creationTime");
        }

        @Override
        public boolean isRegularFile() {
            return flag("isRegularFile");
        }

        @Override
        public boolean isDirectory() {
            return flag("isDirectory");
        }

        @Override
        public boolean isSymbolicLink() {
            return flag("isSymbolicLink");
        }

        @Override
        public boolean isOther() {
            return flag("isOther");
        }

        @Override
        public long size() {
            Object size = values.get("size");
            return size instanceof Long ? (Long) size : 0;
        }

        @Override
        public Object fileKey() {
            return values.get("fileKey");
        }
    }
}
