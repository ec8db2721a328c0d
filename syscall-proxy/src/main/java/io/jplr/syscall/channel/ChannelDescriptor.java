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
 *   128 request ring: replica to master (see RingDescriptor)
 *   ... response ring: master to replica
 * </pre>
 */
public final class ChannelDescriptor {
    public static final int MAGIC = 0x4A504C52;
    public static final int VERSION = 2;

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
    public static final int HEADER_LENGTH = 128;

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
