package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;

/**
 * The installed handler: before any call of a thread crosses the boundary, the thread's batched writes into
 * mapped files go first, so the world sees them before whatever the thread does next (a read of the mapping,
 * a line on stdout, a sleep, a lock) and in the order the thread wrote them.
 */
final class MappedWriteFlush implements BoundaryHandler {
    private final BoundaryHandler next;

    MappedWriteFlush(BoundaryHandler next) {
        this.next = next;
    }

    @Override
    public void post(Call call, StreamState stream, byte[] bytes, int offset, int length) {
        if (call != Call.MAP_WRITE) {
            MappedWrites.flush(stream);
        }
        next.post(call, stream, bytes, offset, length);
    }

    @Override
    public Answer ask(Call call, StreamState stream, long argument) {
        MappedWrites.flush(stream);
        return next.ask(call, stream, argument);
    }

    @Override
    public Answer call(Call call, StreamState stream, byte[] arguments, int length) {
        MappedWrites.flush(stream);
        return next.call(call, stream, arguments, length);
    }

    @Override
    public void exit(StreamState stream, int status) {
        MappedWrites.flushAll(stream);
        next.exit(stream, status);
    }
}
