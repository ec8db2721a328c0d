package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.Boundary;
import io.jplr.bootstrap.BoundaryHandler;
import io.jplr.bootstrap.WireWriter;
import io.jplr.bootstrap.StreamState;
import io.jplr.sharedmemory.WriteBatch;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.Comparison;
import io.jplr.syscall.table.Direction;
import java.io.FileDescriptor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class CallArgumentsTest {
    /** A single argument as a replica writes it: one long in native byte order. */
    private static byte[] arg(long value) {
        return ByteBuffer.allocate(Long.BYTES).order(ByteOrder.nativeOrder()).putLong(value).array();
    }

    /** The RANDOM_DEVICE_READ argument: device in the high int, byte count in the low int. */
    private static byte[] device(long device, int count) {
        return arg((device << 32) | (count & 0xFFFF_FFFFL));
    }

    /** A payload a correct replica sends for each call. Exhaustive: a new call must be added here. */
    private static byte[] wellFormed(Call call) {
        if (call.structured()) {
            // Checked by the executor after the vote; the channel only refuses an empty call.
            return new WireWriter().writeInt(1).toByteArray();
        }
        return switch (call) {
            case STDOUT_WRITE, STDERR_WRITE -> new byte[] {'o', 'k', '\n'};
            case MAP_WRITE -> mappedWrite();
            case STDIN_AVAILABLE, CURRENT_TIME_MILLIS, NANO_TIME, WALL_CLOCK, PROCESS_ID, AVAILABLE_PROCESSORS,
                    FREE_MEMORY, TOTAL_MEMORY, MAX_MEMORY, JVM_ARGUMENTS, JVM_START_TIME, JVM_UPTIME, PROCESS_INFO,
                    PROCESS_PARENT, INTERRUPT -> new byte[0];
            case STDIN_READ -> arg(8192);
            case STDIN_SKIP -> arg(10);
            case RANDOM_DEVICE_READ -> device(0, 32);
            case SLEEP -> arg(1_000_000);
            case EXIT -> arg(0);
            default -> throw new AssertionError(call + " has no well-formed payload here");
        };
    }

    private static byte[] mappedWrite() {
        WriteBatch batch = new WriteBatch(1024);
        batch.add(0, 16, new byte[] {1, 2, 3, 4}, 0, 4);
        return batch.drain();
    }

    private static void accepts(Call call, byte[] payload) {
        assertNull(CallArguments.invalid(call, payload), call + " " + payload.length + " bytes");
    }

    private static void rejects(Call call, byte[] payload) {
        String why = CallArguments.invalid(call, payload);
        assertNotNull(why, call + " " + payload.length + " bytes");
    }

    @Test
    void acceptsAWellFormedPayloadForEveryCall() {
        for (Call call : Call.values()) {
            accepts(call, wellFormed(call));
        }
    }

    @Test
    void rejectsEmptyOutputs() {
        rejects(Call.STDOUT_WRITE, new byte[0]);
        rejects(Call.STDERR_WRITE, new byte[0]);
        accepts(Call.STDOUT_WRITE, new byte[1]);
    }

    @Test
    void rejectsArgumentsOnCallOnlyCalls() {
        for (Call call : Call.values()) {
            if (call.comparison() == Comparison.CALL_ONLY) {
                rejects(call, new byte[1]);
                rejects(call, arg(0));
            }
        }
    }

    @Test
    void rejectsArgumentsOfTheWrongLength() {
        for (Call call : Call.values()) {
            if (call.direction() != Direction.OUTPUT && call.comparison() == Comparison.BYTES && !call.structured()) {
                for (int length : new int[] {0, 1, 4, 7, 9, 16}) {
                    rejects(call, new byte[length]);
                }
            }
        }
    }

    @Test
    void rejectsStructuredCallsWithoutArguments() {
        for (Call call : Call.values()) {
            if (call.structured()) {
                rejects(call, new byte[0]);
            }
        }
    }

    @Test
    void stdinReadMustAskForOneToMaxReadBytes() {
        accepts(Call.STDIN_READ, arg(1));
        accepts(Call.STDIN_READ, arg(Boundary.MAX_READ));
        rejects(Call.STDIN_READ, arg(0));
        rejects(Call.STDIN_READ, arg(Boundary.MAX_READ + 1));
        rejects(Call.STDIN_READ, arg(-1));
        rejects(Call.STDIN_READ, arg(Long.MIN_VALUE));
    }

    @Test
    void sleepMustNotBeNegative() {
        // Sleeps.sleep hands a negative timeout to the JDK, which throws, and never asks: a negative SLEEP is
        // never legitimate.
        accepts(Call.SLEEP, arg(0));
        accepts(Call.SLEEP, arg(Long.MAX_VALUE));
        rejects(Call.SLEEP, arg(-1));
        rejects(Call.SLEEP, arg(Long.MIN_VALUE));
    }

    @Test
    void skipAcceptsAnyNonNegativeCount() {
        accepts(Call.STDIN_SKIP, arg(0));
        accepts(Call.STDIN_SKIP, arg(Long.MAX_VALUE));
    }

    @Test
    void skipOfANegativeCountThatACorrectReplicaForwardsIsAccepted() throws IOException {
        // FileInputStream.skip allows a negative count (it may seek backwards, or throw), and Boundary.skip
        // forwards it unchanged, unlike Sleeps.sleep, which leaves negatives to the JDK in the replica itself.
        long[] sent = new long[1];
        Boundary.install(new BoundaryHandler() {
            @Override
            public void post(Call call, StreamState stream, byte[] bytes, int offset, int length) {
                throw new AssertionError("no output expected");
            }

            @Override
            public Answer ask(Call call, StreamState stream, long argument) {
                assertEquals(Call.STDIN_SKIP, call);
                sent[0] = argument;
                return new Answer(Answer.OK, new byte[Long.BYTES]);
            }

            @Override
            public Answer call(Call call, StreamState stream, byte[] arguments, int length) {
                throw new AssertionError("no structured call expected");
            }

            @Override
            public void exit(StreamState stream, int status) {
                throw new AssertionError("no exit expected");
            }
        });
        try {
            Boundary.skip(FileDescriptor.in, null, -5);
        } finally {
            Boundary.detach();
        }
        assertEquals(-5, sent[0]);
        accepts(Call.STDIN_SKIP, arg(sent[0]));
    }

    @Test
    void randomDeviceReadTakesOnlyUrandomOrRandom() {
        accepts(Call.RANDOM_DEVICE_READ, device(0, 1));
        accepts(Call.RANDOM_DEVICE_READ, device(1, Boundary.MAX_READ));
        rejects(Call.RANDOM_DEVICE_READ, device(2, 16));
        rejects(Call.RANDOM_DEVICE_READ, device(0xFFFF_FFFFL, 16));
        rejects(Call.RANDOM_DEVICE_READ, device(0x8000_0000L, 16));
    }

    @Test
    void randomDeviceReadMustAskForOneToMaxReadBytes() {
        rejects(Call.RANDOM_DEVICE_READ, device(0, 0));
        rejects(Call.RANDOM_DEVICE_READ, device(1, Boundary.MAX_READ + 1));
        rejects(Call.RANDOM_DEVICE_READ, device(0, -1));
        rejects(Call.RANDOM_DEVICE_READ, device(0, Integer.MIN_VALUE));
    }

    @Test
    void exitTakesAnyIntStatusButNothingWider() {
        // Runtime.halt takes any int; -1 also stands for "the launcher decides".
        for (long status : new long[] {0, 1, -1, 255, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            accepts(Call.EXIT, arg(status));
        }
        rejects(Call.EXIT, arg(Integer.MAX_VALUE + 1L));
        rejects(Call.EXIT, arg(Integer.MIN_VALUE - 1L));
        rejects(Call.EXIT, arg(Long.MAX_VALUE));
    }

    @Test
    void argumentIsDecodedInNativeOrderAndZeroForOtherLengths() {
        assertEquals(0x0102_0304_0506_0708L, CallArguments.argument(arg(0x0102_0304_0506_0708L)));
        assertEquals(-42L, CallArguments.argument(arg(-42L)));
        assertEquals(0L, CallArguments.argument(new byte[] {1, 2, 3, 4}));
        assertEquals(0L, CallArguments.argument(new byte[0]));
    }
}
