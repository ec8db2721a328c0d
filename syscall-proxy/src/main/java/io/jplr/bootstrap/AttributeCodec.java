package io.jplr.bootstrap;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.io.IOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * File attributes on the wire, both ways: the master encodes what it read, the replica rebuilds values of
 * the types the JDK returns natively (FileTime, principals, permission sets). Permissions travel as the
 * nine mode bits, in {@link PosixFilePermission}'s order.
 */
public final class AttributeCodec {
    private static final int NULL = 0;
    private static final int BOOLEAN = 1;
    private static final int INTEGER = 2;
    private static final int LONG = 3;
    private static final int STRING = 4;
    private static final int TIME = 5;
    private static final int PERMISSIONS = 6;
    private static final int USER = 7;
    private static final int GROUP = 8;
    private static final int FILE_KEY = 9;

    private static final PosixFilePermission[] PERMISSION_BITS = PosixFilePermission.values();

    private AttributeCodec() {
    }

    // ------------------------------------------------------------------ permissions

    public static int permissionBits(Set<PosixFilePermission> permissions) {
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 1 << permission.ordinal();
        }
        return bits;
    }

    public static Set<PosixFilePermission> permissions(int bits) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        for (PosixFilePermission permission : PERMISSION_BITS) {
            if ((bits & (1 << permission.ordinal())) != 0) {
                permissions.add(permission);
            }
        }
        return permissions;
    }

    // ------------------------------------------------------------------ times

    public static void writeTime(WireWriter out, FileTime time) {
        out.writeBoolean(time != null);
        if (time != null) {
            Instant instant = time.toInstant();
            out.writeLong(instant.getEpochSecond()).writeInt(instant.getNano());
        }
    }

    /** A FileTime made the way the JDK makes it from stat(2): whole seconds, or nanoseconds. */
    public static FileTime readTime(WireReader in) {
        if (!in.readBoolean()) {
            return null;
        }
        long seconds = in.readLong();
        int nanos = in.readInt();
        if (nanos == 0) {
            return FileTime.from(seconds, TimeUnit.SECONDS);
        }
        try {
            return FileTime.from(Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos),
                    TimeUnit.NANOSECONDS);
        } catch (ArithmeticException tooFar) {
            return FileTime.from(Instant.ofEpochSecond(seconds, nanos));
        }
    }

    // ------------------------------------------------------------------ attribute objects

    public static void writeAttributes(WireWriter out, BasicFileAttributes attributes) {
        writeTime(out, attributes.lastModifiedTime());
        writeTime(out, attributes.lastAccessTime());
        writeTime(out, attributes.creationTime());
        out.writeBoolean(attributes.isRegularFile());
        out.writeBoolean(attributes.isDirectory());
        out.writeBoolean(attributes.isSymbolicLink());
        out.writeBoolean(attributes.isOther());
        out.writeLong(attributes.size());
        Object key = attributes.fileKey();
        out.writeString(key == null ? null : key.toString());
        boolean posix = attributes instanceof PosixFileAttributes;
        out.writeBoolean(posix);
        if (posix) {
            PosixFileAttributes p = (PosixFileAttributes) attributes;
            out.writeString(p.owner().getName());
            out.writeString(p.group().getName());
            out.writeInt(permissionBits(p.permissions()));
        }
    }

    public static RemoteFileAttributes readAttributes(WireReader in) {
        return new RemoteFileAttributes(readTime(in), readTime(in), readTime(in), in.readBoolean(), in.readBoolean(),
                in.readBoolean(), in.readBoolean(), in.readLong(), fileKey(in.readString()), in.readBoolean()
                        ? new String[] {in.readString(), in.readString(), Integer.toString(in.readInt())} : null);
    }

    private static Object fileKey(String key) {
        return key == null ? null : new RemoteFileKey(key);
    }

    // ------------------------------------------------------------------ single values (attribute maps)

    public static void writeValue(WireWriter out, Object value) {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof Boolean) {
            out.writeByte(BOOLEAN).writeBoolean((Boolean) value);
        } else if (value instanceof Integer) {
            out.writeByte(INTEGER).writeInt((Integer) value);
        } else if (value instanceof Long) {
            out.writeByte(LONG).writeLong((Long) value);
        } else if (value instanceof FileTime) {
            out.writeByte(TIME);
            writeTime(out, (FileTime) value);
        } else if (value instanceof GroupPrincipal) {
            out.writeByte(GROUP).writeString(((GroupPrincipal) value).getName());
        } else if (value instanceof UserPrincipal) {
            out.writeByte(USER).writeString(((UserPrincipal) value).getName());
        } else if (value instanceof Set) {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            for (Object element : (Set<?>) value) {
                if (!(element instanceof PosixFilePermission)) {
                    throw new ClassCastException(element + " is not a PosixFilePermission");
                }
                permissions.add((PosixFilePermission) element);
            }
            out.writeByte(PERMISSIONS).writeInt(permissionBits(permissions));
        } else if (value instanceof String) {
            out.writeByte(STRING).writeString((String) value);
        } else {
            // fileKey and anything else the JDK adds: equal keys stay equal, as strings.
            out.writeByte(FILE_KEY).writeString(value.toString());
        }
    }

    /**
     * A value to set, on the master: principals are looked up by name, as the file system knows them.
     */
    public static Object readValue(WireReader in, UserPrincipalLookupService lookup) throws IOException {
        Object value = readValue(in);
        if (value instanceof RemotePrincipal.Group) {
            return lookup.lookupPrincipalByGroupName(((RemotePrincipal) value).getName());
        }
        if (value instanceof RemotePrincipal) {
            return lookup.lookupPrincipalByName(((RemotePrincipal) value).getName());
        }
        return value;
    }

    public static Object readValue(WireReader in) {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case BOOLEAN:
                return in.readBoolean();
            case INTEGER:
                return in.readInt();
            case LONG:
                return in.readLong();
            case STRING:
                return in.readString();
            case TIME:
                return readTime(in);
            case PERMISSIONS:
                return new HashSet<>(permissions(in.readInt()));
            case USER:
                return RemotePrincipal.of(in.readString(), false);
            case GROUP:
                return RemotePrincipal.of(in.readString(), true);
            case FILE_KEY:
                return fileKey(in.readString());
            default:
                throw new MalformedCallException("attribute value tag " + tag);
        }
    }

    public static void writeMap(WireWriter out, Map<String, Object> map) {
        out.writeInt(map.size());
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            out.writeString(entry.getKey());
            writeValue(out, entry.getValue());
        }
    }

    public static Map<String, Object> readMap(WireReader in) {
        int size = in.readInt();
        if (size < 0) {
            throw new MalformedCallException("map size " + size);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            map.put(in.readString(), readValue(in));
        }
        return map;
    }
}
