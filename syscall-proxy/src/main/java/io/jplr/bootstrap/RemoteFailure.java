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
import java.util.List;

/**
 * An exception the master's execution of a call raised, carried to the replicas so that each throws one of
 * the same type with the same message: errors are results too. Only JDK exception types are rebuilt (the
 * master executes JDK calls only); the stack trace is the replica's own, without jPLR's frames.
 */
public final class RemoteFailure {
    private static final int MAX_DEPTH = 4;

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
        Throwable cause = failure.getCause();
        boolean writeCause = cause != null && cause != failure && depth < MAX_DEPTH;
        out.writeBoolean(writeCause);
        if (writeCause) {
            write(out, cause, depth + 1);
        }
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
        withoutOwnFrames(rebuilt);
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

    /** The application sees the trace of its own call into the JDK, as natively, without jPLR's frames. */
    private static void withoutOwnFrames(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        List<StackTraceElement> kept = new ArrayList<>(frames.length);
        for (StackTraceElement frame : frames) {
            if (!frame.getClassName().startsWith("io.jplr.")) {
                kept.add(frame);
            }
        }
        failure.setStackTrace(kept.toArray(new StackTraceElement[0]));
    }

    /** Throws any throwable without the compiler asking for a declaration; the JDK method declared it. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneakyThrow(Throwable failure) throws T {
        throw (T) failure;
    }
}
