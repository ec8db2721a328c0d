package io.jplr.syscall.channel;

/**
 * Memory layout of the file that connects one replica to the master.
 *
 * <pre>
 *   0   magic 'JPLR' (int)
 *   4   layout version (int)
 *   8   replica index (int)
 *   12  attached: the replica sets 1 once it has mapped the file (int)
 *   16  replica pid, written by the replica (long)
 *   24  master pid (long)
 *   32  request ring capacity (int)
 *   36  response ring capacity (int)
 *   40  master asleep: the master is about to block until a doorbell rings (int, volatile)
 *   44  replica asleep: a replica thread is about to block waiting for an answer (int, volatile)
 *   48  heartbeat: a counter the replica's watchdog raises every 200 ms while its JVM lives (long, release)
 *   56  backward branches the replica executed in application code, published with each beat (long; only
 *       with fault injection)
 *   64  injection request: the ticket of the master's latest request, written after its fields (long, release)
 *   72  injection model: the fault model's code (int)
 *   80  injection argument: a branch number, a delay... (long)
 *   88  injection seed (long)
 *   96  injection done: the ticket the replica last carried out, written after the result (long, release)
 *   104 injection result length in bytes (int)
 *   128 injection result: what the replica injected, UTF-8 (up to 384 bytes)
 *   512 request ring: replica to master (see RingDescriptor)
 *   ... response ring: master to replica
 * </pre>
 */
public final class ChannelDescriptor {
    public static final int MAGIC = 0x4A504C52;
    public static final int VERSION = 3;

    public static final int MAGIC_OFFSET = 0;
    public static final int VERSION_OFFSET = 4;
    public static final int REPLICA_INDEX_OFFSET = 8;
    public static final int ATTACHED_OFFSET = 12;
    public static final int REPLICA_PID_OFFSET = 16;
    public static final int MASTER_PID_OFFSET = 24;
    public static final int REQUEST_CAPACITY_OFFSET = 32;
    public static final int RESPONSE_CAPACITY_OFFSET = 36;
    public static final int MASTER_ASLEEP_OFFSET = 40;
    public static final int REPLICA_ASLEEP_OFFSET = 44;
    public static final int HEARTBEAT_OFFSET = 48;
    public static final int BRANCH_COUNT_OFFSET = 56;
    public static final int INJECTION_REQUEST_OFFSET = 64;
    public static final int INJECTION_MODEL_OFFSET = 72;
    public static final int INJECTION_ARGUMENT_OFFSET = 80;
    public static final int INJECTION_SEED_OFFSET = 88;
    public static final int INJECTION_DONE_OFFSET = 96;
    public static final int INJECTION_RESULT_LENGTH_OFFSET = 104;
    public static final int INJECTION_RESULT_OFFSET = 128;
    public static final int INJECTION_RESULT_CAPACITY = 384;
    public static final int HEADER_LENGTH = 512;

    private ChannelDescriptor() {
    }

    public static int requestRingOffset() {
        return HEADER_LENGTH;
    }

    public static int responseRingOffset(int requestCapacity) {
        return HEADER_LENGTH + RingDescriptor.HEADER_LENGTH + requestCapacity;
    }

    public static int fileLength(int requestCapacity, int responseCapacity) {
        return responseRingOffset(requestCapacity) + RingDescriptor.HEADER_LENGTH + responseCapacity;
    }
}
