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
    /** Argument: nanoseconds (long). The master sleeps; every replica resumes when it has slept. */
    SLEEP(15, Direction.CONTROL, Comparison.BYTES, Ordering.AFTER_OUTPUTS),
    /**
     * The replica's JVM is ending: {@code Shutdown.halt} (status known) or the end of the last non-daemon
     * thread (status -1: the launcher decides 0 or 1). No answer; the master takes the process's exit value.
     */
    EXIT(16, Direction.CONTROL, Comparison.BYTES, Ordering.AFTER_OUTPUTS);

    private static final Call[] BY_ID = new Call[17];

    static {
        for (Call call : values()) {
            BY_ID[call.id] = call;
        }
    }

    private final int id;
    private final Direction direction;
    private final Comparison comparison;
    private final Ordering ordering;

    Call(int id, Direction direction, Comparison comparison, Ordering ordering) {
        this.id = id;
        this.direction = direction;
        this.comparison = comparison;
        this.ordering = ordering;
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

    /** Whether the replica waits for an answer. */
    public boolean answered() {
        return this != EXIT && direction != Direction.OUTPUT;
    }

    /** The call with this wire id, or null for an id no call has (a replica may send garbage). */
    public static Call byId(int id) {
        return id > 0 && id < BY_ID.length ? BY_ID[id] : null;
    }
}
