package io.jplr.syscall.executor;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.RemoteFailure;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * Performs calls on the master, once, against the real world: writes the voted output, reads the input
 * every replica will receive. Outputs go straight to the file descriptors, unbuffered, one write per
 * replica write, so the byte stream and its write boundaries are those of a native run.
 */
public final class CallExecutor {
    private final OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    private final OutputStream stderr = new FileOutputStream(FileDescriptor.err);
    private final InputStream stdin = new FileInputStream(FileDescriptor.in);
    private InputStream urandom;
    private InputStream random;
    private final HandleTable<OpenFile> files = new HandleTable<>("files");
    private final FileExecutor fileExecutor = new FileExecutor(files);
    private final PathExecutor pathExecutor = new PathExecutor(files);
    private final ProcessExecutor processExecutor = new ProcessExecutor();
    private final SocketExecutor socketExecutor = new SocketExecutor();
    private final HandleTable<java.nio.channels.NetworkChannel> channels = new HandleTable<>("channels");
    private final SelectorExecutor selectorExecutor = new SelectorExecutor(channels);
    private final ChannelExecutor channelExecutor = new ChannelExecutor(channels, selectorExecutor::cancelKeys);
    private final MappingExecutor mappingExecutor;
    private final WatchExecutor watchExecutor = new WatchExecutor();

    /** @param scratch a directory of the run's that every replica can read (private mappings' copies go there) */
    public CallExecutor(Path scratch) {
        this.mappingExecutor = new MappingExecutor(files, scratch);
    }

    /** An executor whose private mappings' copies go to a directory of their own under the temporary directory. */
    public CallExecutor() {
        this(Path.of(System.getProperty("java.io.tmpdir"), "jplr-mappings-" + ProcessHandle.current().pid()));
    }

    /**
     * The largest answer body: well inside one record of a replica's answer ring. A bigger result (a
     * directory of many thousand entries) fails the call with a clear message instead.
     */
    public static final int MAX_ANSWER = 192 * 1024;

    /** The answer to an interruptible call whose worker was interrupted, because the replicas' thread was. */
    private static final Answer INTERRUPTED = new Answer(Answer.INTERRUPTED, new byte[0]);

    /** Whether answering the call may block for long, so it must not run on the master's loop. */
    public static boolean blocks(Call call) {
        return call == Call.STDIN_READ || call == Call.STDIN_SKIP || call == Call.SLEEP
                || call == Call.RANDOM_DEVICE_READ || call.structured();
    }

    /**
     * Whether answering this call may block for long. Reads and writes of regular files and metadata calls
     * run on the master's loop (a worker's hand-off costs more than the call); opens (a FIFO's waits for its
     * peer), locks, syncs, copies, and everything on pipes, devices, sockets and processes run on workers.
     */
    public boolean blocks(Call call, byte[] payload) {
        if (!call.structured()) {
            return blocks(call);
        }
        switch (call) {
            case FILE_READ:
            case FILE_READ_AT:
            case FILE_WRITE:
            case FILE_WRITE_AT:
            case FILE_SKIP:
            case FILE_AVAILABLE:
                if (payload.length < Integer.BYTES) {
                    return false;
                }
                OpenFile file = files.find(new WireReader(payload).readInt());
                // An unknown handle fails at once; a regular file's read or write never waits for a peer.
                return file != null && !file.isRegular();
            case FILE_POSITION:
            case FILE_SEEK:
            case FILE_SIZE:
            case FILE_SET_LENGTH:
            case FILE_TRUNCATE:
            case FILE_UNLOCK:
            case FILE_CLOSE:
            case FILE_QUERY:
            case FILE_LIST:
            case FILE_MUTATE:
            case FILE_CREATE_TEMP:
            case PATH_LIST:
            case PATH_ATTRIBUTES:
            case PATH_ATTRIBUTE_MAP:
            case PATH_SET_ATTRIBUTE:
            case PATH_CHECK_ACCESS:
            case PATH_CREATE_DIRECTORY:
            case PATH_DELETE:
            case PATH_SAME_FILE:
            case PATH_READ_LINK:
            case PATH_CREATE_LINK:
            case PATH_REAL_PATH:
                // Opening a network channel or a selector, a channel's options and a wakeup never wait.
            case CHANNEL_OPEN:
            case CHANNEL_GET_OPTION:
            case CHANNEL_SET_OPTION:
            case SELECTOR_OPEN:
            case SELECTOR_WAKEUP:
            case MAP_READ:
            case MAP_ATOMIC:
            case MAP_IS_LOADED:
                // A watch key's events, reset and validity are read from the key at once.
            case WATCH_KEY_EVENTS:
            case WATCH_KEY_RESET:
            case WATCH_KEY_VALID:
                return false;
            default:
                return true;
        }
    }

    /**
     * Performs a call with structured arguments (files, directories, processes) and returns what every
     * replica receives: the result, or the failure the call raised, which the replicas rethrow.
     */
    public Answer answer(Call call, byte[] payload) {
        Answer answer;
        try {
            WireReader in = new WireReader(payload);
            if (call.name().startsWith("FILE_")) {
                answer = fileExecutor.answer(call, in);
            } else if (call.name().startsWith("PATH_")) {
                answer = pathExecutor.answer(call, in);
            } else if (call.name().startsWith("PROCESS_")) {
                answer = processExecutor.answer(call, in);
            } else if (call.name().startsWith("SOCKET_") || call == Call.NAME_LOOKUP) {
                answer = socketExecutor.answer(call, in);
            } else if (call.name().startsWith("CHANNEL_") || call.name().startsWith("DATAGRAM_")) {
                answer = channelExecutor.answer(call, in);
            } else if (call.name().startsWith("SELECTOR_")) {
                answer = selectorExecutor.answer(call, in);
            } else if (call.name().startsWith("MAP_")) {
                answer = mappingExecutor.answer(call, in);
            } else if (call.name().startsWith("WATCH_")) {
                answer = watchExecutor.answer(call, in);
            } else {
                throw new MalformedCallException(call + " has no structured arguments");
            }
        } catch (MalformedCallException e) {
            return error("jPLR: malformed arguments for " + call + ": " + e.getMessage());
        } catch (InterruptedException e) {
            // Only an interruptible call's worker is interrupted, because the replicas' thread was: so is theirs.
            return INTERRUPTED;
        } catch (Exception | StackOverflowError e) {
            return new Answer(Answer.THROWN, RemoteFailure.encode(e));
        }
        if (answer.bytes().length > MAX_ANSWER) {
            return error("jPLR: the result of " + call + " takes " + answer.bytes().length
                    + " bytes, more than jPLR passes in one answer (" + MAX_ANSWER + ")");
        }
        return answer;
    }

    /** Closes what the master still holds open for the replicas; the run is over. */
    public void closeAll() {
        for (OpenFile file : files.all()) {
            try {
                file.close();
            } catch (IOException | RuntimeException e) {
                // The run is over; nothing to tell.
            }
        }
    }

    static Answer ok(byte[] bytes) {
        return new Answer(Answer.OK, bytes);
    }

    static Answer end() {
        return new Answer(Answer.END, new byte[0]);
    }

    static Answer scalarInt(int value) {
        return ok(new WireWriter().writeInt(value).toByteArray());
    }

    private static Answer error(String message) {
        return new Answer(Answer.IO_ERROR, message.getBytes(StandardCharsets.UTF_8));
    }

    /** Performs a voted output. */
    public void perform(Call call, byte[] bytes) {
        if (call == Call.MAP_WRITE) {
            try {
                mappingExecutor.write(bytes);
            } catch (RuntimeException e) {
                // Voted by a quorum, so every healthy replica sent it: nothing a replica alone can cause.
                System.err.println("jplr: the master could not apply a voted write into a mapped file: " + e);
            }
            return;
        }
        OutputStream target = switch (call) {
            case STDOUT_WRITE -> stdout;
            case STDERR_WRITE -> stderr;
            default -> throw new IllegalArgumentException(call + " is not an output");
        };
        try {
            target.write(bytes);
        } catch (IOException e) {
            // A closed stdout (EPIPE) fails the write natively too; the application's PrintStream would only
            // set its error flag. Keep going, like it.
        }
    }

    /** Performs an input or control call and returns what every replica receives. */
    public Answer answer(Call call, long argument) {
        Answer answer = unstructuredAnswer(call, argument);
        if (answer.bytes().length > MAX_ANSWER) {
            return error("jPLR: the result of " + call + " takes " + answer.bytes().length
                    + " bytes, more than jPLR passes in one answer (" + MAX_ANSWER + ")");
        }
        return answer;
    }

    private Answer unstructuredAnswer(Call call, long argument) {
        try {
            return switch (call) {
                case STDIN_READ -> read(stdin, (int) argument);
                case STDIN_AVAILABLE -> scalar(stdin.available());
                case STDIN_SKIP -> scalar(stdin.skip(argument));
                case CURRENT_TIME_MILLIS -> scalar(System.currentTimeMillis());
                case NANO_TIME -> scalar(System.nanoTime());
                case WALL_CLOCK -> wallClock();
                case RANDOM_DEVICE_READ -> read(randomDevice((int) (argument >>> 32)), (int) argument);
                case PROCESS_ID -> scalar(ProcessHandle.current().pid());
                case AVAILABLE_PROCESSORS -> scalar(Runtime.getRuntime().availableProcessors());
                case FREE_MEMORY -> scalar(Runtime.getRuntime().freeMemory());
                case TOTAL_MEMORY -> scalar(Runtime.getRuntime().totalMemory());
                case MAX_MEMORY -> scalar(Runtime.getRuntime().maxMemory());
                case SLEEP -> sleep(argument);
                case JVM_ARGUMENTS -> ok(new WireWriter().writeStrings(
                        ManagementFactory.getRuntimeMXBean().getInputArguments().toArray(String[]::new)).toByteArray());
                case JVM_START_TIME -> scalar(ManagementFactory.getRuntimeMXBean().getStartTime());
                case JVM_UPTIME -> scalar(ManagementFactory.getRuntimeMXBean().getUptime());
                case PROCESS_INFO -> ok(processInfo(ProcessHandle.current().info()));
                case PROCESS_PARENT -> scalar(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L));
                default -> throw new IllegalArgumentException(call + " has no answer");
            };
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            return new Answer(Answer.IO_ERROR, message.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Answer read(InputStream in, int length) throws IOException {
        byte[] buffer = new byte[length];
        int n = in.read(buffer, 0, length);
        return n < 0 ? new Answer(Answer.END, new byte[0]) : new Answer(Answer.OK, Arrays.copyOf(buffer, n));
    }

    private synchronized InputStream randomDevice(int device) throws IOException {
        if (device == 0) {
            if (urandom == null) {
                urandom = new FileInputStream("/dev/urandom");
            }
            return urandom;
        }
        if (random == null) {
            random = new FileInputStream("/dev/random");
        }
        return random;
    }

    /** The master process's description, as a replica rebuilds it ({@code RemoteProcessInfo}). */
    private static byte[] processInfo(ProcessHandle.Info info) {
        return new WireWriter()
                .writeString(info.user().orElse(null))
                .writeString(info.command().orElse(null))
                .writeString(info.commandLine().orElse(null))
                .writeStrings(info.arguments().orElse(null))
                .writeLong(info.startInstant().map(Instant::toEpochMilli).orElse(-1L))
                .writeLong(info.totalCpuDuration().map(Duration::toNanos).orElse(-1L))
                .writeString(info.toString())
                .toByteArray();
    }

    private static Answer wallClock() {
        Instant now = Instant.now();
        return new Answer(Answer.OK, ByteBuffer.allocate(16).putLong(now.getEpochSecond()).putLong(now.getNano()).array());
    }

    /** Interrupted only because the replicas' thread was ({@code Call.INTERRUPT}): so is theirs. */
    private static Answer sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
        } catch (InterruptedException e) {
            return INTERRUPTED;
        }
        return new Answer(Answer.OK, new byte[0]);
    }

    static Answer scalar(long value) {
        return new Answer(Answer.OK, ByteBuffer.allocate(8).putLong(value).array());
    }
}
