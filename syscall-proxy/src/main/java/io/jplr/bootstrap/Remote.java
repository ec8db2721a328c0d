package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;

/**
 * Sends one call with encoded arguments to the master and returns its answer; a failure the master's
 * execution raised is thrown here, with its type and message. The calling thread is marked inside the
 * boundary meanwhile, so nothing jPLR itself does on it is intercepted.
 */
final class Remote {
    private Remote() {
    }

    /** Whether the calling thread's calls cross the boundary now: a handler is installed and this is no re-entry. */
    static boolean active() {
        return Boundary.handler() != null && StreamState.current().depth == 0;
    }

    static Answer call(Call call, WireWriter arguments) {
        BoundaryHandler handler = Boundary.handler();
        if (handler == null) {
            throw new IllegalStateException("jPLR: " + call + " after this replica announced its exit");
        }
        StreamState stream = StreamState.current();
        stream.depth++;
        Answer answer;
        try {
            answer = handler.call(call, stream, arguments.buffer(), arguments.length());
        } finally {
            stream.depth--;
        }
        if (answer.status() == Answer.THROWN) {
            throw RemoteFailure.sneakyThrow(RemoteFailure.decode(answer.bytes()));
        }
        if (answer.status() == Answer.IO_ERROR) {
            throw RemoteFailure.sneakyThrow(new java.io.IOException(answer.message()));
        }
        return answer;
    }

    /**
     * An interruptible call ({@link Call#interruptible()}): the master answers it interrupted, for every replica,
     * once a quorum of replicas said their thread was interrupted in it; it then throws here as the JDK method
     * would, with the flag clear, once this replica's thread was interrupted too ({@link InterruptedAnswer}).
     */
    static Answer callInterruptibly(Call call, WireWriter arguments) throws InterruptedException {
        Answer answer = call(call, arguments);
        if (answer.status() == Answer.INTERRUPTED) {
            InterruptedAnswer.awaitInterrupt();
            Thread.interrupted();
            throw new InterruptedException();
        }
        return answer;
    }

    /**
     * Sends an output of any length to the handle's file, pipe or socket as calls of at most
     * {@link FileBoundary#MAX_WRITE} bytes each (every replica splits it alike); nothing for no bytes, as a
     * native write of nothing writes nothing.
     */
    static void writeInChunks(Call call, int handle, byte[] bytes, int offset, int length) {
        while (length > 0) {
            int chunk = Math.min(length, FileBoundary.MAX_WRITE);
            call(call, new WireWriter(chunk + 16).writeInt(handle).writeBytes(bytes, offset, chunk));
            offset += chunk;
            length -= chunk;
        }
    }

    /** The answer's body, decoded. */
    static WireReader reader(Answer answer) {
        return new WireReader(answer.bytes());
    }
}
