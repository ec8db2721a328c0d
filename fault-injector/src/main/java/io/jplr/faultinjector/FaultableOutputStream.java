package io.jplr.faultinjector;

import io.jplr.syscall.client.CallFaults;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Stdout or stderr of an unreplicated run under fault injection: each write is where an output fault, a hang
 * or a slow-down strikes, as each call to the master is in a replica.
 */
final class FaultableOutputStream extends FilterOutputStream {
    private final CallFaults calls;

    FaultableOutputStream(OutputStream out, CallFaults calls) {
        super(out);
        this.calls = calls;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (calls.armed()) {
            calls.beforeCall();
            byte[] corrupted = calls.corrupt(bytes, offset, length);
            if (corrupted != null) {
                out.write(corrupted, 0, length);
                return;
            }
        }
        out.write(bytes, offset, length);
    }
}
