package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.util.ArrayList;
import java.util.List;

/** A boundary handler for unit tests: answers every call with zeros and records which stream made it. */
final class RecordingHandler implements BoundaryHandler {
    final List<Long> streams = new ArrayList<>();

    @Override
    public synchronized void post(Call call, StreamState stream, byte[] bytes, int offset, int length) {
        streams.add(stream.id());
    }

    @Override
    public synchronized Answer ask(Call call, StreamState stream, long argument) {
        streams.add(stream.id());
        return new Answer(Answer.OK, new byte[8]);
    }

    @Override
    public synchronized Answer call(Call call, StreamState stream, byte[] arguments, int length) {
        streams.add(stream.id());
        return new Answer(Answer.OK, new byte[0]);
    }

    @Override
    public void exit(StreamState stream, int status) {
    }
}
