package io.jplr.syscall.table;

/**
 * The call table: every operation that crosses the boundary between a replica and the outside world, the
 * JVM's "system calls". A replica never performs one of these itself; it sends it to the master, which
 * compares what the replicas sent, performs the call once and answers every replica identically.
 *
 * <p>The id of a call is its wire identity and never changes meaning; new calls get new ids.
 */
public enum Call {
    // id, direction, comparison, ordering
    STDOUT_WRITE(1, Direction.OUTPUT, Comparison.BYTES, Ordering.AFTER_OUTPUTS),
    STDERR_WRITE(2, Direction.OUTPUT, Comparison.BYTES, Ordering.AFTER_OUTPUTS),
    /** Argument: the most bytes wanted (int). Answer: the bytes read; an empty answer with status EOF at end. */
    STDIN_READ(3, Direction.INPUT, Comparison.BYTES, Ordering.AFTER_OUTPUTS),
    /** Answer: {@code System.in.available()} of the master (int). */
    STDIN_AVAILABLE(4, Direction.INPUT, Comparison.CALL_ONLY, Ordering.AFTER_OUTPUTS),
    /** Argument: the count to skip (long). Answer: the count skipped (long). */
    STDIN_SKIP(5, Direction.INPUT, Comparison.BYTES, Ordering.AFTER_OUTPUTS),
    CURRENT_TIME_MILLIS(6, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    NANO_TIME(7, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    /** Answer: the wall clock as epoch seconds (long) and nanoseconds (long), for {@code java.time} clocks. */
    WALL_CLOCK(8, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    /** Argument: the device (0 = /dev/urandom, 1 = /dev/random) and the byte count. Answer: the bytes. */
    RANDOM_DEVICE_READ(9, Direction.INPUT, Comparison.BYTES, Ordering.IMMEDIATE),
    PROCESS_ID(10, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    AVAILABLE_PROCESSORS(11, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    FREE_MEMORY(12, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    TOTAL_MEMORY(13, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    MAX_MEMORY(14, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    /**
     * Argument: nanoseconds (long). The master sleeps; every replica resumes when it has slept. Only once a quorum
     * agrees: no one replica's corrupted duration keeps the others waiting, and a thread whose interrupt flag was
     * set when it called has said so ({@link #INTERRUPT}) by the time the quorum is complete.
     */
    SLEEP(15, Direction.CONTROL, Comparison.BYTES, Ordering.AFTER_VOTE),
    /**
     * The replica's JVM is ending: {@code Shutdown.halt} (status known) or the end of the last non-daemon
     * thread (status -1: the launcher decides 0 or 1). No answer; the master takes the process's exit value.
     */
    EXIT(16, Direction.CONTROL, Comparison.BYTES, Ordering.AFTER_OUTPUTS),

    // Files through java.io: arguments and answers are WireWriter encodings; handles are the master's.
    /** Path, kind (FileOpenKind). Answer: the handle (int). */
    FILE_OPEN(17, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, most bytes wanted. Answer: the bytes; END at the end of the file. */
    FILE_READ(18, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle, bytes. */
    FILE_WRITE(19, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, position, most bytes wanted. Answer: the bytes; END at the end. */
    FILE_READ_AT(20, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle, position, bytes. Answer: the count written (int). */
    FILE_WRITE_AT(21, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, count. Answer: the count skipped (long). */
    FILE_SKIP(22, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle. Answer: the bytes available without blocking (int). */
    FILE_AVAILABLE(23, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle. Answer: the position (long). */
    FILE_POSITION(24, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle, position. */
    FILE_SEEK(25, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle. Answer: the size (long). */
    FILE_SIZE(26, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle, size: RandomAccessFile.setLength. */
    FILE_SET_LENGTH(27, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, size: FileChannel.truncate. */
    FILE_TRUNCATE(28, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, metadata too (boolean); metadata is ignored by FileDescriptor.sync. */
    FILE_FORCE(29, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, position, size, shared, try. Answer: the lock's handle, or -1 when tryLock found it taken. */
    FILE_LOCK(30, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Lock handle. */
    FILE_UNLOCK(31, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle. */
    FILE_CLOSE(32, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** FileQuery, path. Answer: a long (booleans as 0/1) or, for the canonical path, a string. */
    FILE_QUERY(33, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Path. Answer: the names in the directory, or null. */
    FILE_LIST(34, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** FileMutation, path, argument (long), other path. Answer: the boolean result. */
    FILE_MUTATE(35, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Prefix, suffix, directory. Answer: the path of the file created. */
    FILE_CREATE_TEMP(36, Direction.EFFECT, Ordering.AFTER_VOTE),

    // Files through java.nio.file (the default file system provider).
    /** Path, open options, initial permissions. Answer: the handle. */
    PATH_OPEN(37, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Directory. Answer: the names of its entries, in the order the directory lists them. */
    PATH_LIST(38, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Path, POSIX (boolean), follow links. Answer: the attributes. */
    PATH_ATTRIBUTES(39, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Path, "view:names", follow links. Answer: the attribute map. */
    PATH_ATTRIBUTE_MAP(40, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Path, "view:name", value, follow links. */
    PATH_SET_ATTRIBUTE(41, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Path, access modes. */
    PATH_CHECK_ACCESS(42, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Directory, initial permissions. */
    PATH_CREATE_DIRECTORY(43, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Path, fail if it does not exist. Answer: whether it was deleted. */
    PATH_DELETE(44, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Source, target, copy options. */
    PATH_COPY(45, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Source, target, copy options. */
    PATH_MOVE(46, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Path, other path. Answer: whether both locate the same file. */
    PATH_SAME_FILE(47, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Link. Answer: its target. */
    PATH_READ_LINK(48, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Link, target, symbolic (boolean). */
    PATH_CREATE_LINK(49, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Path, follow links. Answer: the real path. */
    PATH_REAL_PATH(50, Direction.INPUT, Ordering.AFTER_OUTPUTS),

    // Processes (ProcessBuilder.start, Runtime.exec): started once, by the master.
    /** Command, directory, environment, redirects. Answer: the handle and the child's pid. */
    PROCESS_START(51, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, stream (1 stdout, 2 stderr), most bytes wanted. Answer: the bytes; END at the end. */
    PROCESS_READ(52, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Handle, bytes for the child's stdin. */
    PROCESS_WRITE(53, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle: closes the child's stdin. */
    PROCESS_CLOSE_INPUT(54, Direction.EFFECT, Ordering.AFTER_VOTE),
    /**
     * Handle, timeout in nanoseconds (-1: none). Answer: the exit value, or -1 with END when it timed out. After
     * the vote, as every interruptible call.
     */
    PROCESS_WAIT(55, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Handle. Answer: whether the child is alive (exitValue and isAlive). */
    PROCESS_ALIVE(56, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle, forcibly (boolean). */
    PROCESS_DESTROY(57, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, stream. Answer: bytes available without blocking (int). */
    PROCESS_AVAILABLE(58, Direction.INPUT, Ordering.AFTER_OUTPUTS),

    // Sockets (java.net.Socket and ServerSocket, and what is built on them, such as HttpURLConnection).
    /** Remote address, host name, port, timeout, local address and port, options. Answer: handle, local end. */
    SOCKET_CONNECT(59, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Local address, port, backlog, options. Answer: the server's handle and local end. */
    SOCKET_LISTEN(60, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Server handle, timeout. Answer: the connection's handle, remote end and local end. */
    SOCKET_ACCEPT(61, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, most bytes wanted, timeout. Answer: the bytes; END when the peer closed. */
    SOCKET_READ(62, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Handle, bytes. */
    SOCKET_WRITE(63, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle. Answer: bytes readable without blocking (int). */
    SOCKET_AVAILABLE(64, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle, output (boolean): shuts down one direction. */
    SOCKET_SHUTDOWN(65, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle. */
    SOCKET_CLOSE(66, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, option id (java.net.SocketOptions), value. */
    SOCKET_SET_OPTION(67, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, option id. Answer: the value. */
    SOCKET_GET_OPTION(68, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle, the byte of urgent data. */
    SOCKET_URGENT(69, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Host name. Answer: the addresses the master's resolver gave, in its order. */
    NAME_LOOKUP(70, Direction.INPUT, Ordering.AFTER_OUTPUTS),

    // NIO network channels (SocketChannel, ServerSocketChannel, DatagramChannel, and DatagramSocket, a view of
    // a DatagramChannel) and their Selectors: the master holds the real ones. An endpoint is an address (its
    // bytes, or null) and a port.
    /** Kind (ChannelKind), protocol family (0 default, 1 INET, 2 INET6). Answer: handle, supported option names. */
    CHANNEL_OPEN(71, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, whether a local endpoint follows, endpoint, backlog (servers). Answer: the local endpoint. */
    CHANNEL_BIND(72, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, remote endpoint. Answer: whether it connected (a non-blocking connect may not yet), local endpoint. */
    CHANNEL_CONNECT(73, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle. Answer: whether the connection is established, local endpoint. */
    CHANNEL_FINISH_CONNECT(74, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Server handle. Answer: the connection's handle (-1: none pending), remote and local endpoints, option names. */
    CHANNEL_ACCEPT(75, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, most bytes wanted. Answer: the bytes (maybe none when non-blocking); END at the end of the stream. */
    CHANNEL_READ(76, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Handle, bytes. Answer: the count written (int). */
    CHANNEL_WRITE(77, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, output (boolean): shuts down one direction. */
    CHANNEL_SHUTDOWN(78, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, blocking (boolean). */
    CHANNEL_CONFIGURE_BLOCKING(79, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, option name, value. */
    CHANNEL_SET_OPTION(80, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Handle, option name. Answer: the value. */
    CHANNEL_GET_OPTION(81, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** Handle. */
    CHANNEL_CLOSE(82, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Datagram handle. Answer: the local endpoint. */
    CHANNEL_DISCONNECT(83, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Datagram handle, target endpoint, bytes. Answer: the count sent (int), local endpoint. */
    DATAGRAM_SEND(84, Direction.EFFECT, Ordering.AFTER_VOTE),
    /**
     * Datagram handle, most bytes wanted, timeout in ms (-1: the channel's receive, which returns nothing at
     * once when non-blocking; from 0: DatagramSocket's, with SO_TIMEOUT). Answer: whether one was received,
     * then the sender's endpoint and the bytes; and the local endpoint.
     */
    DATAGRAM_RECEIVE(85, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Zero (reserved). Answer: the selector's handle. */
    SELECTOR_OPEN(86, Direction.EFFECT, Ordering.AFTER_VOTE),
    /**
     * Selector handle, timeout in ms (-1: selectNow, 0: no timeout), the registrations in registration order
     * (channel handle, interest ops). Answer: the ready registrations, in that order (index, ready ops).
     * What a select finds decides what the program does next: decided once, like an input.
     */
    SELECTOR_SELECT(87, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Selector handle. */
    SELECTOR_WAKEUP(88, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Selector handle. */
    SELECTOR_CLOSE(89, Direction.EFFECT, Ordering.AFTER_VOTE),

    // Memory-mapped files (FileChannel.map): the master holds the one real mapping and performs every access
    // a replica makes to it (copy and execute). Mappings are numbered by the master; offsets are the mapping's.
    /**
     * File handle, mode (MappingMode code), position, size. Answer: the mapping's id; for a private mapping,
     * the path of the master's copy of the region and where in it the region starts.
     */
    MAP_OPEN(90, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Mapping, offset, length. Answer: the bytes, read from the real mapping now. */
    MAP_READ(91, Direction.INPUT, Ordering.AFTER_OUTPUTS),
    /** A WriteBatch: consecutive writes of one thread, voted as one output and applied in order. */
    MAP_WRITE(92, Direction.OUTPUT, Comparison.BYTES, Ordering.AFTER_OUTPUTS),
    /**
     * Mapping, offset, access kind, value type, expected value, operand (raw bits). Answer: the old value's
     * bits, or 1/0 for a compare-and-set: performed atomically on the real mapping.
     */
    MAP_ATOMIC(93, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Mapping, offset, length: MappedByteBuffer.force. */
    MAP_FORCE(94, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Mapping, offset, length: MappedByteBuffer.load. */
    MAP_LOAD(95, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Mapping, offset, length. Answer: MappedByteBuffer.isLoaded of the real mapping. */
    MAP_IS_LOADED(96, Direction.INPUT, Ordering.AFTER_OUTPUTS),

    // The JVM as java.lang.management describes it: the master's, which is what a native run has.
    /** Answer: the master JVM's input arguments ({@code RuntimeMXBean.getInputArguments}), as strings. */
    JVM_ARGUMENTS(97, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    /** Answer: the master JVM's start time, in milliseconds since the epoch (long). */
    JVM_START_TIME(98, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    /** Answer: the master JVM's uptime, in milliseconds (long). */
    JVM_UPTIME(99, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    /**
     * Answer: the master process's {@code ProcessHandle.Info}: user, command, command line (strings or null),
     * arguments (strings or null), start (epoch milliseconds or -1), CPU time (nanoseconds or -1), its text.
     */
    PROCESS_INFO(100, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),
    /** Answer: the master process's parent's pid, or -1 (long). */
    PROCESS_PARENT(101, Direction.INPUT, Comparison.CALL_ONLY, Ordering.IMMEDIATE),

    // WatchService: the master holds the one real watch service (inotify) and its keys; what it finds, and when,
    // is decided once for every replica, like an input. Keys are numbered by the master, one number per real key.
    /** Zero (reserved). Answer: the watch service's handle. */
    WATCH_OPEN(102, Direction.EFFECT, Ordering.AFTER_VOTE),
    /**
     * Watch service handle, directory, event kinds (names; a kind the JDK does not define stays a name, and the
     * real service refuses it), modifiers (names). Answer: the key's handle (the same for the same directory).
     */
    WATCH_REGISTER(103, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Watch service handle, timeout in ns (-1: take, 0: poll now). Answer: a signalled key's handle, or 0. */
    WATCH_POLL(104, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Key handle. Answer: the key's pending events, taken from it (kind name, count, context or null). */
    WATCH_KEY_EVENTS(105, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Key handle. Answer: whether the key is still valid after its reset (boolean). */
    WATCH_KEY_RESET(106, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Key handle. */
    WATCH_KEY_CANCEL(107, Direction.EFFECT, Ordering.AFTER_VOTE),
    /** Key handle. Answer: whether the key is valid (boolean): a watched directory's deletion ends it any time. */
    WATCH_KEY_VALID(108, Direction.INPUT, Ordering.AFTER_VOTE),
    /** Watch service handle. */
    WATCH_CLOSE(109, Direction.EFFECT, Ordering.AFTER_VOTE),

    /**
     * Not a call of its own (it takes no place in its stream's sequence): the replica's thread was interrupted
     * while it waited for the answer to its stream's call #sequence, an {@link #interruptible()} one, or is about
     * to make that call with its flag set. Once a quorum of replicas say so, the master interrupts the call (or
     * performs it interrupted): the answer, {@code Answer.INTERRUPTED} or the call's own, is every replica's.
     */
    INTERRUPT(110, Direction.CONTROL, Comparison.CALL_ONLY, Ordering.IMMEDIATE);

    private static final Call[] BY_ID = new Call[111];

    static {
        for (Call call : values()) {
            BY_ID[call.id] = call;
        }
    }

    private final int id;
    private final Direction direction;
    private final Comparison comparison;
    private final Ordering ordering;
    private final boolean structured;

    Call(int id, Direction direction, Comparison comparison, Ordering ordering) {
        this.id = id;
        this.direction = direction;
        this.comparison = comparison;
        this.ordering = ordering;
        this.structured = false;
    }

    /** A call whose arguments are a WireWriter encoding, compared byte for byte. */
    Call(int id, Direction direction, Ordering ordering) {
        this.id = id;
        this.direction = direction;
        this.comparison = Comparison.BYTES;
        this.ordering = ordering;
        this.structured = true;
    }

    public int id() {
        return id;
    }

    public Direction direction() {
        return direction;
    }

    public Comparison comparison() {
        return comparison;
    }

    public Ordering ordering() {
        return ordering;
    }

    /**
     * Whether the arguments are an encoded structure ({@code WireWriter}) the executor decodes, rather than
     * a single number.
     */
    public boolean structured() {
        return structured;
    }

    /** Whether the replica waits for an answer. */
    public boolean answered() {
        return this != EXIT && this != INTERRUPT && direction != Direction.OUTPUT;
    }

    /**
     * Whether the program may interrupt the call while the master performs it, as it interrupts the JDK method
     * natively ({@code Thread.sleep}, {@code Process.waitFor}, {@code WatchService.take} and {@code poll}): a
     * thread interrupted before or while it waits for the answer says so ({@link #INTERRUPT}). Performed only
     * after the vote, so that a quorum has said so by then if their threads called with the flag set.
     */
    public boolean interruptible() {
        return this == SLEEP || this == PROCESS_WAIT || this == WATCH_POLL;
    }

    /** The call with this wire id, or null for an id no call has (a replica may send garbage). */
    public static Call byId(int id) {
        return id > 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
