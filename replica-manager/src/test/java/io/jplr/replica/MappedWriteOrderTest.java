package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.syscall.table.Call;
import org.junit.jupiter.api.Test;

class MappedWriteOrderTest {
    private final MappedWriteOrder order = new MappedWriteOrder(3);

    private static Vote voted(int slot, Call call) {
        Vote vote = new Vote(7, 1);
        vote.cast(slot, call, new byte[] {1});
        return vote;
    }

    @Test
    void aReadWaitsForTheWritesItsReplicaPostedBeforeItFromOtherThreads() {
        Vote write = voted(0, Call.MAP_WRITE);
        order.arrived(0, Call.MAP_WRITE, write);
        long read = order.arrived(0, Call.MAP_READ, voted(0, Call.MAP_READ));
        assertTrue(order.mustWait(0, read, 0));
        write.committed = true;
        assertTrue(order.committedWhileWaiting());
        assertFalse(order.mustWait(0, read, 0));
        assertFalse(order.committedWhileWaiting(), "nothing waited since");
    }

    @Test
    void aReadPostedBeforeTheWriteDoesNotWait() {
        long read = order.arrived(1, Call.MAP_READ, voted(1, Call.MAP_READ));
        order.arrived(1, Call.MAP_WRITE, voted(1, Call.MAP_WRITE));
        assertFalse(order.mustWait(1, read, 0));
    }

    @Test
    void otherReplicasWritesHoldNothingBack() {
        order.arrived(2, Call.MAP_WRITE, voted(2, Call.MAP_WRITE));
        long read = order.arrived(0, Call.MAP_READ, voted(0, Call.MAP_READ));
        assertFalse(order.mustWait(0, read, 0));
    }

    @Test
    void aFaultyOrReplacedReplicasWritesHoldNothingBack() {
        order.arrived(1, Call.MAP_WRITE, voted(1, Call.MAP_WRITE));
        long read = order.arrived(1, Call.MAP_READ, voted(1, Call.MAP_READ));
        assertFalse(order.mustWait(1, read, 1 << 1), "faulty");
        order.forget(1);
        assertFalse(order.mustWait(1, read, 0), "replaced");
        Vote forgotten = voted(2, Call.MAP_WRITE);
        order.arrived(2, Call.MAP_WRITE, forgotten);
        forgotten.forget(2);
        assertFalse(order.mustWait(2, order.arrived(2, Call.MAP_READ, voted(2, Call.MAP_READ)), 0),
                "a vote that forgot the replica");
    }

    @Test
    void committedWritesAreNotHeldByAProgramThatNeverReads() {
        for (int i = 0; i < 1000; i++) {
            Vote write = voted(0, Call.MAP_WRITE);
            order.arrived(0, Call.MAP_WRITE, write);
            write.committed = true;
        }
        assertTrue(order.held(0) <= 1, "held: " + order.held(0));
    }

    @Test
    void everythingButTheWritesThemselvesIsOrderedAfterThem() {
        assertTrue(MappedWriteOrder.ordered(Call.MAP_READ));
        assertTrue(MappedWriteOrder.ordered(Call.STDOUT_WRITE));
        assertTrue(MappedWriteOrder.ordered(Call.EXIT));
        assertFalse(MappedWriteOrder.ordered(Call.MAP_WRITE));
    }
}
