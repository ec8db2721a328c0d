package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The entry points that rewritten JDK methods and application call sites jump to inside a replica. Loaded
 * by the bootstrap class loader so that code in {@code java.base} can call it.
 *
 * <p>Until a replica installs its {@link BoundaryHandler} (and in any JVM where none is installed), every
 * method behaves exactly like the JDK call it replaces. Code here runs on application threads: it must not
 * compute identity hash codes, and allocates only in amounts that depend on the call, never on timing, so
 * that replicas keep agreeing on identity hashes.
 */
public final class Boundary {
    /** Bound on one replicated read: stays well inside a channel record. */
    public static final int MAX_READ = 64 * 1024;

    private static final int URANDOM = 0;
    private static final int RANDOM = 1;
    private static final int STDIN = -1;
    private static final int LOCAL = -2;
    private static final int MASTER_FILE = -3;

    private static volatile BoundaryHandler handler;

    private Boundary() {
    }

    static BoundaryHandler handler() {
        return handler;
    }

    public static void install(BoundaryHandler boundaryHandler) {
        handler = new MappedWriteFlush(boundaryHandler);
    }

    /** {@code Thread.exit}: the ending thread's batched writes into mapped files must not wait for anyone. */
    public static void threadEnds() {
        MappedWrites.threadEnds();
    }

    /** Stops intercepting: the master is gone and this replica must end without waiting for it. */
    public static void detach() {
        handler = null;
    }

    /**
     * Makes the calling thread one of jPLR's own (a watchdog): nothing it does crosses the boundary, as if it
     * were always inside a boundary call. Its calls would come at moments no two replicas share.
     */
    public static void exemptCallingThread() {
        StreamState.current().depth++;
    }

    /** The stream of the calling thread, or null when this call must not be intercepted (re-entry). */
    private static StreamState enter() {
        StreamState stream = StreamState.current();
        if (stream.depth > 0) {
            return null;
        }
        stream.depth++;
        return stream;
    }

    private static void leave(StreamState stream) {
        stream.depth--;
    }

    // ------------------------------------------------------------------ console output (FileOutputStream)

    private static Call consoleOutput(FileDescriptor fd) {
        return fd == FileDescriptor.out ? Call.STDOUT_WRITE : fd == FileDescriptor.err ? Call.STDERR_WRITE : null;
    }

    /** Sends the write to the master when it goes to stdout or stderr; returns false to let it run locally. */
    public static boolean write(FileDescriptor fd, byte[] bytes, int offset, int length) throws IOException {
        BoundaryHandler h = handler;
        if (h == null) {
            return false;
        }
        Call call = consoleOutput(fd);
        if (call == null) {
            if (!Descriptors.isVirtual(fd)) {
                return false;
            }
            FileBoundary.write(fd, bytes, offset, length);
            return true;
        }
        FileBoundary.checkRange(bytes, offset, length);
        StreamState stream = enter();
        if (stream == null) {
            return false;
        }
        try {
            h.post(call, stream, bytes, offset, length);
        } finally {
            leave(stream);
        }
        return true;
    }

    public static boolean write(FileDescriptor fd, byte[] bytes) throws IOException {
        return write(fd, bytes, 0, bytes.length);
    }

    public static boolean write(FileDescriptor fd, int b) throws IOException {
        if (handler == null || consoleOutput(fd) == null && !Descriptors.isVirtual(fd)) {
            return false;
        }
        return write(fd, new byte[] {(byte) b}, 0, 1);
    }

    // ------------------------------------------------------------------ replicated input (FileInputStream)

    private static int source(FileDescriptor fd, String path) {
        if (fd == FileDescriptor.in) {
            return STDIN;
        }
        if (Descriptors.isVirtual(fd)) {
            return MASTER_FILE;
        }
        if ("/dev/urandom".equals(path)) {
            return URANDOM;
        }
        if ("/dev/random".equals(path)) {
            return RANDOM;
        }
        return LOCAL;
    }

    /** Whether reads from this stream are inputs the master performs and replicates. */
    public static boolean replicates(FileDescriptor fd, String path) {
        return handler != null && source(fd, path) != LOCAL;
    }

    /** {@code InputStream.read(byte[], int, int)} of a replicated input: the bytes the master read. */
    public static int read(FileDescriptor fd, String path, byte[] bytes, int offset, int length) throws IOException {
        FileBoundary.checkRange(bytes, offset, length);
        if (length == 0) {
            return 0;
        }
        Answer answer = readChunk(fd, path, Math.min(length, MAX_READ));
        if (answer.status() == Answer.END) {
            return -1;
        }
        byte[] got = answer.bytes();
        System.arraycopy(got, 0, bytes, offset, got.length);
        return got.length;
    }

    public static int read(FileDescriptor fd, String path, byte[] bytes) throws IOException {
        return read(fd, path, bytes, 0, bytes.length);
    }

    public static int read(FileDescriptor fd, String path) throws IOException {
        Answer answer = readChunk(fd, path, 1);
        return answer.status() == Answer.END ? -1 : answer.bytes()[0] & 0xff;
    }

    public static byte[] readAllBytes(FileDescriptor fd, String path) throws IOException {
        return readNBytes(fd, path, Integer.MAX_VALUE);
    }

    public static byte[] readNBytes(FileDescriptor fd, String path, int length) throws IOException {
        if (length < 0) {
            throw new IllegalArgumentException("len < 0");
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        int remaining = length;
        while (remaining > 0) {
            Answer answer = readChunk(fd, path, Math.min(remaining, MAX_READ));
            if (answer.status() == Answer.END) {
                break;
            }
            all.write(answer.bytes(), 0, answer.bytes().length);
            remaining -= answer.bytes().length;
        }
        return all.toByteArray();
    }

    public static long transferTo(FileDescriptor fd, String path, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        long transferred = 0;
        while (true) {
            Answer answer = readChunk(fd, path, MAX_READ);
            if (answer.status() == Answer.END) {
                return transferred;
            }
            out.write(answer.bytes());
            transferred += answer.bytes().length;
        }
    }

    public static long skip(FileDescriptor fd, String path, long count) throws IOException {
        int source = source(fd, path);
        if (source == MASTER_FILE) {
            return FileBoundary.skip(fd, count);
        }
        if (source != STDIN) {
            // Skipping a random device consumes nothing anyone can observe.
            return count;
        }
        return ask(Call.STDIN_SKIP, count).longAt(0);
    }

    public static int available(FileDescriptor fd, String path) throws IOException {
        int source = source(fd, path);
        if (source == MASTER_FILE) {
            return FileBoundary.available(fd);
        }
        if (source != STDIN) {
            return 0;
        }
        return (int) ask(Call.STDIN_AVAILABLE, 0).longAt(0);
    }

    private static Answer readChunk(FileDescriptor fd, String path, int length) throws IOException {
        int source = source(fd, path);
        if (source == MASTER_FILE) {
            return FileBoundary.readChunk(fd, length);
        }
        Answer answer = source == STDIN
                ? ask(Call.STDIN_READ, length)
                : ask(Call.RANDOM_DEVICE_READ, ((long) source << 32) | length);
        answer.readBytes(length);
        return answer;
    }

    /** Sends a call and waits for the answer; an I/O error on the master becomes an IOException here. */
    private static Answer ask(Call call, long argument) throws IOException {
        Answer answer = askUnchecked(call, argument);
        if (answer.status() == Answer.IO_ERROR) {
            throw new IOException(answer.message());
        }
        return answer;
    }

    static Answer askUnchecked(Call call, long argument) {
        BoundaryHandler h = handler;
        if (h == null) {
            // Only a thread racing the JVM's exit gets here: the exit was announced, nothing more goes out.
            throw new IllegalStateException("jPLR: " + call + " after this replica announced its exit");
        }
        StreamState stream = StreamState.current();
        stream.depth++;
        try {
            return h.ask(call, stream, argument);
        } finally {
            stream.depth--;
        }
    }

    // ------------------------------------------------------------------ time (rewritten call sites)

    public static long currentTimeMillis() {
        return handler == null ? System.currentTimeMillis() : askUnchecked(Call.CURRENT_TIME_MILLIS, 0).longAt(0);
    }

    public static long nanoTime() {
        return handler == null ? System.nanoTime() : askUnchecked(Call.NANO_TIME, 0).longAt(0);
    }

    /**
     * Replaces {@code jdk.internal.misc.VM.getNanoTimeAdjustment(offset)}, the wall clock of
     * {@code java.time}: nanoseconds since {@code offsetSeconds}, or -1 when the offset is more than 2^32
     * seconds away.
     */
    public static long nanoTimeAdjustment(long offsetSeconds) {
        long seconds;
        long nanos;
        if (handler == null) {
            long millis = System.currentTimeMillis();
            seconds = Math.floorDiv(millis, 1000);
            nanos = Math.floorMod(millis, 1000) * 1_000_000L;
        } else {
            Answer answer = askUnchecked(Call.WALL_CLOCK, 0);
            seconds = answer.longAt(0);
            nanos = answer.longAt(1);
        }
        long difference = seconds - offsetSeconds;
        if (difference >= (1L << 32) || difference <= -(1L << 32)) {
            return -1;
        }
        return difference * 1_000_000_000L + nanos;
    }

    // ------------------------------------------------------------------ runtime facts (rewritten call sites)

    public static int availableProcessors(Runtime runtime) {
        return handler == null ? runtime.availableProcessors()
                : (int) askUnchecked(Call.AVAILABLE_PROCESSORS, 0).longAt(0);
    }

    public static long freeMemory(Runtime runtime) {
        return handler == null ? runtime.freeMemory() : askUnchecked(Call.FREE_MEMORY, 0).longAt(0);
    }

    public static long totalMemory(Runtime runtime) {
        return handler == null ? runtime.totalMemory() : askUnchecked(Call.TOTAL_MEMORY, 0).longAt(0);
    }

    public static long maxMemory(Runtime runtime) {
        return handler == null ? runtime.maxMemory() : askUnchecked(Call.MAX_MEMORY, 0).longAt(0);
    }

    /**
     * Whether a {@code ProcessHandle} call on {@code self} is about this process, and is to be answered by the
     * master: the handle is {@code ProcessHandle.current()} and the calling thread crosses the boundary.
     */
    private static boolean isThisProcess(Object self) {
        return Remote.active() && self == ProcessHandle.current();
    }

    /** Replaces the value of {@code ProcessHandle.pid()}: this JVM's pid becomes the master's. */
    public static long processId(long pid, Object self) {
        if (!isThisProcess(self)) {
            return pid;
        }
        return askUnchecked(Call.PROCESS_ID, 0).longAt(0);
    }

    /**
     * Replaces {@code ProcessHandle.info()}: of this process, the master's, whose command line is the user's and
     * whose start is the run's.
     */
    public static ProcessHandle.Info processInfo(ProcessHandle.Info own, Object self) {
        if (!isThisProcess(self)) {
            return own;
        }
        Answer answer = askUnchecked(Call.PROCESS_INFO, 0);
        // A command line beyond one answer: this replica's own description, rather than an exception.
        return answer.status() == Answer.OK ? RemoteProcessInfo.read(Remote.reader(answer)) : own;
    }

    /** Replaces {@code ProcessHandle.parent()}: of this process, the master's parent, not the master. */
    public static Optional<ProcessHandle> processParent(Optional<ProcessHandle> own, Object self) {
        if (!isThisProcess(self)) {
            return own;
        }
        long parent = askUnchecked(Call.PROCESS_PARENT, 0).longAt(0);
        return parent < 0 ? Optional.empty() : ProcessHandle.of(parent);
    }

    // ------------------------------------------------------------------ the JVM as java.lang.management sees it

    /**
     * Replaces {@code RuntimeMXBean.getInputArguments()}'s list (from {@code VMManagementImpl.getVmArguments}):
     * the master's, the options the user gave, rather than this replica's own. Asked every time, not cached: a
     * cache filled by whichever thread comes first would make a call in different threads in different replicas.
     */
    public static List<String> vmArguments(List<String> own, Object self) {
        if (!Remote.active()) {
            return own;
        }
        Answer answer = askUnchecked(Call.JVM_ARGUMENTS, 0);
        return answer.status() == Answer.OK ? List.of(Remote.reader(answer).readStrings()) : own;
    }

    /** Replaces {@code VMManagementImpl.getVmId()} ({@code RuntimeMXBean.getName()}, "pid@host"): the master's pid. */
    public static String vmId(String own, Object self) {
        if (!Remote.active()) {
            return own;
        }
        int at = own.indexOf('@');
        return askUnchecked(Call.PROCESS_ID, 0).longAt(0) + (at < 0 ? "" : own.substring(at));
    }

    /** Replaces {@code RuntimeMXBean.getStartTime()}: when the master, the JVM the user started, started. */
    public static long vmStartTime(long own, Object self) {
        return !Remote.active() ? own : askUnchecked(Call.JVM_START_TIME, 0).longAt(0);
    }

    /** Replaces {@code VMManagementImpl.getUptime()} ({@code RuntimeMXBean.getUptime()}): the master's, now. */
    public static long vmUptime(long own, Object self) {
        return !Remote.active() ? own : askUnchecked(Call.JVM_UPTIME, 0).longAt(0);
    }

    // ------------------------------------------------------------------ exit (java.lang.Shutdown)

    /** The last non-daemon thread has ended and the shutdown hooks have run; the launcher decides 0 or 1. */
    public static void exitAfterLastThread() {
        exit(-1);
    }

    /** {@code Shutdown.halt(status)} is about to end this JVM, or (status -1) the last thread has ended. */
    public static void exit(int status) {
        BoundaryHandler h = handler;
        if (h == null) {
            return;
        }
        StreamState stream = StreamState.current();
        stream.depth++;
        h.exit(stream, status);
        // Nothing may leave this JVM after its exit was announced.
        handler = null;
    }

}
