package io.jplr.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.syscall.table.Call;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tasks' streams, with a handler installed that only records which stream each call came from. */
class TaskStreamsTest {
    private final List<Long> streams = new ArrayList<>();

    @BeforeEach
    void install() {
        Boundary.install(new BoundaryHandler() {
            @Override
            public void post(Call call, StreamState stream, byte[] bytes, int offset, int length) {
                streams.add(stream.id());
            }

            @Override
            public Answer ask(Call call, StreamState stream, long argument) {
                streams.add(stream.id());
                return new Answer(Answer.OK, new byte[8]);
            }

            @Override
            public Answer call(Call call, StreamState stream, byte[] arguments, int length) {
                streams.add(stream.id());
                return new Answer(Answer.OK, new byte[0]);
            }

            @Override
            public void exit(StreamState stream, int status) {
            }
        });
    }

    @AfterEach
    void detach() {
        Boundary.detach();
    }

    @Test
    void aTaskRunsInItsOwnStreamWhicheverThreadRunsIt() {
        AtomicLong seen = new AtomicLong();
        Runnable task = () -> seen.set(StreamState.current().id());
        TaskStreams.submitted(task);
        long mine = StreamState.current().id();
        TaskStreams.run(task);
        assertNotEquals(mine, seen.get(), "the task's stream, not the runner's");
        assertEquals(mine, StreamState.current().id(), "the runner's own stream again");
        TaskStreams.run(task);
        assertEquals(mine, seen.get(), "run again unsubmitted: the runner's stream");
    }

    @Test
    void aTaskNeverRunIsNotKeptOnceTheProgramLetsGoOfIt() throws Exception {
        int before = TaskStreams.held();
        long[] sink = new long[1];
        List<Runnable> program = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int k = i;
            Runnable task = () -> sink[0] += k; // capturing: a task object of its own each time
            program.add(task);
            TaskStreams.submitted(task);
        }
        assertTrue(TaskStreams.held() >= before + 1000, "held while the program may still run them");
        program.clear();
        // Collected tasks' entries go at the next submission.
        for (int attempt = 0; attempt < 50 && TaskStreams.held() > before + 1; attempt++) {
            System.gc();
            Thread.sleep(20);
            TaskStreams.submitted(() -> sink[0]++);
        }
        assertTrue(TaskStreams.held() <= before + 1, TaskStreams.held() + " held");
    }
}
