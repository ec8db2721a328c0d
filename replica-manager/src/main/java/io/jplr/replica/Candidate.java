package io.jplr.replica;

import io.jplr.syscall.table.Call;
import java.util.Arrays;

/** One version of a call that some replicas sent: the call and its argument or output bytes. */
final class Candidate {
    final Call call;
    final byte[] payload;
    /** Bit k set: replica k sent exactly this. */
    int voters;

    Candidate(Call call, byte[] payload) {
        this.call = call;
        this.payload = payload;
    }

    boolean matches(Call otherCall, byte[] otherPayload) {
        return call == otherCall && Arrays.equals(payload, otherPayload);
    }

    int count() {
        return Integer.bitCount(voters);
    }
}
