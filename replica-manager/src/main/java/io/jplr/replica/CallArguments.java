package io.jplr.replica;

import io.jplr.bootstrap.Boundary;
import io.jplr.syscall.table.Call;
import io.jplr.syscall.table.Comparison;
import io.jplr.syscall.table.Direction;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Decodes and checks what a replica sent with a call. A replica is untrusted: anything may arrive. */
final class CallArguments {
    private CallArguments() {
    }

    /** The single argument of an input or control call (replicas write it in native byte order). */
    static long argument(byte[] payload) {
        return payload.length == Long.BYTES ? ByteBuffer.wrap(payload).order(ByteOrder.nativeOrder()).getLong() : 0;
    }

    /** Why this payload is impossible for the call, or null if it is well formed. */
    static String invalid(Call call, byte[] payload) {
        if (call.structured()) {
            // Decoded, and checked completely, by the executor once a quorum agreed on it.
            return payload.length == 0 ? "an empty " + call : null;
        }
        if (call.direction() == Direction.OUTPUT) {
            return payload.length == 0 ? "an empty " + call : null;
        }
        if (call.comparison() == Comparison.CALL_ONLY) {
            return payload.length == 0 ? null : call + " with " + payload.length + " argument bytes";
        }
        if (payload.length != Long.BYTES) {
            return call + " with " + payload.length + " argument bytes";
        }
        long argument = argument(payload);
        boolean valid = switch (call) {
            case STDIN_READ -> argument >= 1 && argument <= Boundary.MAX_READ;
            case RANDOM_DEVICE_READ -> (argument >>> 32) <= 1 && (int) argument >= 1
                    && (int) argument <= Boundary.MAX_READ;
            case SLEEP -> argument >= 0;
            case EXIT -> argument >= -1 && argument <= Integer.MAX_VALUE || argument == (int) argument;
            default -> true;
        };
        return valid ? null : call + " with argument " + argument;
    }
}
