package io.jplr.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An exception the master's execution of a call raised, carried to the replicas so that each throws one of
 * the same type with the same message: errors are results too. Only JDK exception types are rebuilt (the
 * master executes JDK calls only); the stack trace is the replica's own, without jPLR's frames.
 */
public final class RemoteFailure {
    private static final int MAX_DEPTH = 4;
    /** Frames of the master's trace carried along: the JDK's, above the call the replica made. */
    private static final int MAX_FRAMES = 64;
    private static final String[] OWN_PACKAGES =
            {"io.jplr.bootstrap.", "io.jplr.syscall.", "io.jplr.agent.", "io.jplr.replica."};

    private RemoteFailure() {
    }

    /** The answer body for {@code failure}, on the master. */
    public static byte[] encode(Throwable failure) {
        WireWriter out = new WireWriter();
        write(out, failure, 0);
        return out.toByteArray();
    }

    private static void write(WireWriter out, Throwable failure, int depth) {
        out.writeString(failure.getClass().getName());
        out.writeString(failure.getMessage());
        if (failure instanceof FileSystemException) {
            FileSystemException fs = (FileSystemException) failure;
            out.writeBoolean(true);
            out.writeString(fs.getFile());
            out.writeString(fs.getOtherFile());
            out.writeString(fs.getReason());
        } else {
            out.writeBoolean(false);
        }
        writeFrames(out, failure.getStackTrace());
        Throwable cause = failure.getCause();
        boolean writeCause = cause != null && cause != failure && depth < MAX_DEPTH;
        out.writeBoolean(writeCause);
        if (writeCause) {
            write(out, cause, depth + 1);
        }
    }

    /** The master's frames down to (not including) its own: what the JDK did for the call. */
    private static void writeFrames(WireWriter out, StackTraceElement[] frames) {
        int count = 0;
        while (count < frames.length && count < MAX_FRAMES && !isOwn(frames[count])) {
            count++;
        }
        out.writeInt(count);
        for (int i = 0; i < count; i++) {
            StackTraceElement frame = frames[i];
            // The JDK prints no version for its own modules (their frames carry a flag a rebuilt frame
            // cannot); leaving the version out prints them the same way.
            boolean jdk = frame.getClassLoaderName() == null || frame.getClassLoaderName().equals("platform");
            out.writeString(frame.getClassLoaderName()).writeString(frame.getModuleName())
                    .writeString(jdk ? null : frame.getModuleVersion()).writeString(frame.getClassName())
                    .writeString(frame.getMethodName()).writeString(frame.getFileName())
                    .writeInt(frame.getLineNumber());
        }
    }

    private static StackTraceElement[] readFrames(WireReader in) {
        int count = in.readInt();
        if (count < 0 || count > MAX_FRAMES) {
            throw new MalformedCallException(count + " frames");
        }
        StackTraceElement[] frames = new StackTraceElement[count];
        for (int i = 0; i < count; i++) {
            String loader = in.readString();
            String module = in.readString();
            String version = in.readString();
            String type = in.readString();
            String method = in.readString();
            String file = in.readString();
            frames[i] = new StackTraceElement(loader, module, version, type, method, file, in.readInt());
        }
        return frames;
    }

    private static boolean isOwn(StackTraceElement frame) {
        for (String own : OWN_PACKAGES) {
            if (frame.getClassName().startsWith(own)) {
                return true;
            }
        }
        return false;
    }

    /** Rebuilds the master's exception in this replica. */
    public static Throwable decode(byte[] body) {
        try {
            return read(new WireReader(body), 0);
        } catch (RuntimeException malformed) {
            return new IOException("jPLR: the master reported a failure this replica cannot read: " + malformed);
        }
    }

    private static Throwable read(WireReader in, int depth) {
        String type = in.readString();
        String message = in.readString();
        boolean fileSystem = in.readBoolean();
        String file = null;
        String other = null;
        String reason = null;
        if (fileSystem) {
            file = in.readString();
            other = in.readString();
            reason = in.readString();
        }
        StackTraceElement[] masterFrames = readFrames(in);
        Throwable cause = in.readBoolean() && depth < MAX_DEPTH ? read(in, depth + 1) : null;
        Throwable rebuilt = fileSystem ? fileSystemException(type, file, other, reason)
                : instantiate(type, message, cause);
        if (rebuilt == null) {
            rebuilt = new IOException(message);
        }
        if (cause != null && rebuilt.getCause() == null) {
            try {
                rebuilt.initCause(cause);
            } catch (IllegalStateException | IllegalArgumentException alreadySet) {
                // The constructor fixed the cause (to null): keep the exception as it is.
            }
        }
        spliceFrames(rebuilt, masterFrames);
        return rebuilt;
    }

    private static Throwable fileSystemException(String type, String file, String other, String reason) {
        switch (type) {
            case "java.nio.file.DirectoryNotEmptyException":
                return new DirectoryNotEmptyException(file);
            case "java.nio.file.NotDirectoryException":
                return new NotDirectoryException(file);
            case "java.nio.file.FileSystemLoopException":
                return new FileSystemLoopException(file);
            case "java.nio.file.AtomicMoveNotSupportedException":
                return new AtomicMoveNotSupportedException(file, other, reason);
            default:
                Throwable rebuilt = construct(type, new Class<?>[] {String.class, String.class, String.class},
                        file, other, reason);
                return rebuilt != null ? rebuilt : new FileSystemException(file, other, reason);
        }
    }

    private static Throwable instantiate(String type, String message, Throwable cause) {
        if (type.equals(UncheckedIOException.class.getName()) && cause instanceof IOException) {
            return new UncheckedIOException(message, (IOException) cause);
        }
        Throwable rebuilt = construct(type, new Class<?>[] {String.class}, message);
        if (rebuilt == null && message == null) {
            rebuilt = construct(type, new Class<?>[0]);
        }
        return rebuilt;
    }

    /** A JDK exception (bootstrap loader only: the name comes from the master, not from application code). */
    private static Throwable construct(String type, Class<?>[] parameters, Object... arguments) {
        try {
            Class<?> found = Class.forName(type, false, null);
            if (!Throwable.class.isAssignableFrom(found)) {
                return null;
            }
            Constructor<?> constructor = found.getConstructor(parameters);
            return (Throwable) constructor.newInstance(arguments);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unavailable) {
            return null;
        }
    }

    /**
     * Gives the exception the trace a native run would show: the master's JDK frames down to the JDK method
     * this replica's call left from (the master ran the same JDK method), then this replica's frames below
     * that method. jPLR's own frames and the reflection that built the exception are dropped. When the
     * master's trace does not pass through that method (it reached the JDK another way), the JDK method's
     * own frame and the replica's callers remain.
     */
    private static void spliceFrames(Throwable failure, StackTraceElement[] masterFrames) {
        StackTraceElement[] local = failure.getStackTrace();
        int lastOwn = -1;
        for (int i = 0; i < local.length; i++) {
            if (isOwn(local[i])) {
                lastOwn = i;
            }
        }
        List<StackTraceElement> spliced = new ArrayList<>(masterFrames.length + local.length);
        int below = lastOwn + 1;
        if (below < local.length) {
            StackTraceElement entry = local[below];
            // From the master's own end: a JDK method that calls an overload of itself (the public
            // ProcessBuilder.start calls the private one) was entered at its outermost frame.
            for (int m = masterFrames.length - 1; m >= 0; m--) {
                if (masterFrames[m].getClassName().equals(entry.getClassName())
                        && masterFrames[m].getMethodName().equals(entry.getMethodName())) {
                    spliced.addAll(Arrays.asList(masterFrames).subList(0, m + 1));
                    below++;
                    break;
                }
            }
        }
        for (int i = below; i < local.length; i++) {
            spliced.add(local[i]);
        }
        failure.setStackTrace(spliced.toArray(new StackTraceElement[0]));
    }

    /** Throws any throwable without the compiler asking for a declaration; the JDK method declared it. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneakyThrow(Throwable failure) throws T {
        throw (T) failure;
    }
}
