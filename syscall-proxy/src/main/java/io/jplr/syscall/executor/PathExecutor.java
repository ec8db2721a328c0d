package io.jplr.syscall.executor;

import static io.jplr.syscall.executor.FileExecutor.nonNull;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.AttributeCodec;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.PathOptions;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Performs the replicas' java.nio.file calls on the master, with the default provider, on the same paths. */
final class PathExecutor {
    private static final LinkOption[] FOLLOW = new LinkOption[0];
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final StandardOpenOption[] OPEN_OPTIONS = StandardOpenOption.values();
    private static final StandardCopyOption[] COPY_OPTIONS = StandardCopyOption.values();
    private static final AccessMode[] ACCESS_MODES = AccessMode.values();

    private final HandleTable<OpenFile> files;

    PathExecutor(HandleTable<OpenFile> files) {
        this.files = files;
    }

    Answer answer(Call call, WireReader in) throws IOException {
        Path path = Path.of(nonNull(in.readString()));
        switch (call) {
            case PATH_OPEN: {
                Set<OpenOption> options = openOptions(in.readInt());
                FileAttribute<?>[] attributes = initialPermissions(in.readInt());
                boolean fileChannel = in.readBoolean();
                in.expectEnd();
                FileSystemProvider provider = path.getFileSystem().provider();
                FileChannel channel = fileChannel ? provider.newFileChannel(path, options, attributes)
                        : (FileChannel) provider.newByteChannel(path, options, attributes);
                OpenFile file = OpenFile.of(channel);
                return CallExecutor.scalarInt(files.add(file.regular(Files.isRegularFile(path))));
            }
            case PATH_LIST: {
                in.expectEnd();
                List<String> names = new ArrayList<>();
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                    for (Path entry : entries) {
                        names.add(entry.getFileName().toString());
                    }
                }
                return CallExecutor.ok(new WireWriter().writeStrings(names.toArray(new String[0])).toByteArray());
            }
            case PATH_ATTRIBUTES:
                return attributes(path, in);
            case PATH_ATTRIBUTE_MAP: {
                String attributes = nonNull(in.readString());
                LinkOption[] links = links(in.readBoolean());
                in.expectEnd();
                WireWriter out = new WireWriter();
                AttributeCodec.writeMap(out, Files.readAttributes(path, attributes, links));
                return CallExecutor.ok(out.toByteArray());
            }
            case PATH_SET_ATTRIBUTE: {
                String attribute = nonNull(in.readString());
                Object value = AttributeCodec.readValue(in, path.getFileSystem().getUserPrincipalLookupService());
                LinkOption[] links = links(in.readBoolean());
                in.expectEnd();
                Files.setAttribute(path, attribute, value, links);
                return CallExecutor.ok(new byte[0]);
            }
            case PATH_CHECK_ACCESS: {
                AccessMode[] modes = accessModes(in.readInt());
                in.expectEnd();
                path.getFileSystem().provider().checkAccess(path, modes);
                return CallExecutor.ok(new byte[0]);
            }
            case PATH_CREATE_DIRECTORY: {
                FileAttribute<?>[] attributes = initialPermissions(in.readInt());
                in.expectEnd();
                Files.createDirectory(path, attributes);
                return CallExecutor.ok(new byte[0]);
            }
            case PATH_DELETE: {
                boolean failIfNotExists = in.readBoolean();
                in.expectEnd();
                boolean deleted;
                if (failIfNotExists) {
                    Files.delete(path);
                    deleted = true;
                } else {
                    deleted = Files.deleteIfExists(path);
                }
                return CallExecutor.ok(new WireWriter().writeBoolean(deleted).toByteArray());
            }
            case PATH_COPY:
            case PATH_MOVE: {
                Path target = Path.of(nonNull(in.readString()));
                CopyOption[] options = copyOptions(in.readInt());
                in.expectEnd();
                if (call == Call.PATH_COPY) {
                    Files.copy(path, target, options);
                } else {
                    Files.move(path, target, options);
                }
                return CallExecutor.ok(new byte[0]);
            }
            case PATH_SAME_FILE: {
                Path other = Path.of(nonNull(in.readString()));
                in.expectEnd();
                return CallExecutor.ok(new WireWriter().writeBoolean(Files.isSameFile(path, other)).toByteArray());
            }
            case PATH_READ_LINK:
                in.expectEnd();
                return CallExecutor.ok(new WireWriter().writeString(Files.readSymbolicLink(path).toString())
                        .toByteArray());
            case PATH_CREATE_LINK: {
                Path target = Path.of(nonNull(in.readString()));
                boolean symbolic = in.readBoolean();
                in.expectEnd();
                if (symbolic) {
                    Files.createSymbolicLink(path, target);
                } else {
                    Files.createLink(path, target);
                }
                return CallExecutor.ok(new byte[0]);
            }
            case PATH_REAL_PATH: {
                LinkOption[] links = links(in.readBoolean());
                in.expectEnd();
                return CallExecutor.ok(new WireWriter().writeString(path.toRealPath(links).toString()).toByteArray());
            }
            default:
                throw new MalformedCallException(call + " is not a path call");
        }
    }

    private static Answer attributes(Path path, WireReader in) throws IOException {
        boolean posix = in.readBoolean();
        LinkOption[] links = links(in.readBoolean());
        int missing = in.readByte();
        in.expectEnd();
        if (missing < PathOptions.MISSING_FAILS || missing > PathOptions.MISSING_IF_ANY_FAILURE) {
            throw new MalformedCallException("missing-file policy " + missing);
        }
        BasicFileAttributes attributes;
        try {
            attributes = posix ? Files.readAttributes(path, PosixFileAttributes.class, links)
                    : Files.readAttributes(path, BasicFileAttributes.class, links);
        } catch (NoSuchFileException e) {
            if (missing == PathOptions.MISSING_FAILS) {
                throw e;
            }
            return CallExecutor.ok(new WireWriter().writeBoolean(false).toByteArray());
        } catch (IOException e) {
            if (missing != PathOptions.MISSING_IF_ANY_FAILURE) {
                throw e;
            }
            return CallExecutor.ok(new WireWriter().writeBoolean(false).toByteArray());
        }
        WireWriter out = new WireWriter().writeBoolean(true);
        AttributeCodec.writeAttributes(out, attributes);
        return CallExecutor.ok(out.toByteArray());
    }

    private static LinkOption[] links(boolean followLinks) {
        return followLinks ? FOLLOW : NOFOLLOW;
    }

    private static Set<OpenOption> openOptions(int bits) {
        Set<OpenOption> options = new HashSet<>();
        if ((bits & PathOptions.NOFOLLOW_LINKS) != 0) {
            options.add(LinkOption.NOFOLLOW_LINKS);
            bits &= ~PathOptions.NOFOLLOW_LINKS;
        }
        for (StandardOpenOption option : OPEN_OPTIONS) {
            if ((bits & (1 << option.ordinal())) != 0) {
                options.add(option);
                bits &= ~(1 << option.ordinal());
            }
        }
        if (bits != 0) {
            throw new MalformedCallException("open option bits " + Integer.toHexString(bits));
        }
        return options;
    }

    private static CopyOption[] copyOptions(int bits) {
        List<CopyOption> options = new ArrayList<>();
        if ((bits & PathOptions.NOFOLLOW_LINKS) != 0) {
            options.add(LinkOption.NOFOLLOW_LINKS);
            bits &= ~PathOptions.NOFOLLOW_LINKS;
        }
        for (StandardCopyOption option : COPY_OPTIONS) {
            if ((bits & (1 << option.ordinal())) != 0) {
                options.add(option);
                bits &= ~(1 << option.ordinal());
            }
        }
        if (bits != 0) {
            throw new MalformedCallException("copy option bits " + Integer.toHexString(bits));
        }
        return options.toArray(new CopyOption[0]);
    }

    private static AccessMode[] accessModes(int bits) {
        List<AccessMode> modes = new ArrayList<>();
        for (AccessMode mode : ACCESS_MODES) {
            if ((bits & (1 << mode.ordinal())) != 0) {
                modes.add(mode);
                bits &= ~(1 << mode.ordinal());
            }
        }
        if (bits != 0) {
            throw new MalformedCallException("access mode bits " + Integer.toHexString(bits));
        }
        return modes.toArray(new AccessMode[0]);
    }

    private static FileAttribute<?>[] initialPermissions(int bits) {
        if (bits == -1) {
            return new FileAttribute<?>[0];
        }
        if ((bits & ~0x1ff) != 0) {
            throw new MalformedCallException("permission bits " + Integer.toHexString(bits));
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(AttributeCodec.permissions(bits))};
    }
}
