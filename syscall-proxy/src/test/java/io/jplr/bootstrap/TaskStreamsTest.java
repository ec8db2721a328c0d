package io.jplr.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tasks' streams, with a handler installed (the boundary is active). */
class TaskStreamsTest {
    @BeforeEach
    void install() {
        Boundary.install(new RecordingHandler());
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
    void aForkJoinTaskRunsInItsOwnStreamAndNumbersItsForksInIt() {
        List<Long> seen = new ArrayList<>();
        RecursiveAction child = new RecursiveAction() {
            @Override
            protected void compute() {
                seen.add(StreamState.current().id());
            }
        };
        RecursiveAction parent = new RecursiveAction() {
            @Override
            protected void compute() {
                seen.add(StreamState.current().id());
                TaskStreams.forked(child);
            }
        };
        long mine = StreamState.current().id();
        TaskStreams.forked(parent);
        assertTrue(runThroughDoExec(parent));
        assertEquals(mine, StreamState.current().id(), "the runner's own stream again");
        assertTrue(runThroughDoExec(child));
        assertEquals(2, seen.size());
        assertNotEquals(mine, seen.get(0), "the parent's stream, not the runner's");
        assertNotEquals(seen.get(0), seen.get(1), "the child's stream is its own");
        assertNotEquals(mine, seen.get(1));
    }

    @Test
    void aForkJoinTaskThatThrowsGivesTheRunnerItsStreamBack() {
        RecursiveAction failing = new RecursiveAction() {
            @Override
            protected void compute() {
                throw new IllegalStateException("failed");
            }
        };
        long mine = StreamState.current().id();
        TaskStreams.forked(failing);
        assertThrows(IllegalStateException.class, () -> runThroughDoExec(failing));
        assertEquals(mine, StreamState.current().id());
    }

    @Test
    void aForkJoinTaskInvokedDirectlyStaysInItsCallersStream() {
        long[] seen = new long[1];
        RecursiveAction task = new RecursiveAction() {
            @Override
            protected void compute() {
                seen[0] = StreamState.current().id();
            }
        };
        assertTrue(runThroughDoExec(task));
        assertEquals(StreamState.current().id(), seen[0]);
    }

    @Test
    void aCompletersOnCompletionRunsInItsStreamWhicheverThreadCompletesIt() throws Exception {
        long[] computed = new long[1];
        long[] completed = new long[1];
        CountedCompleter<Void> completer = new CountedCompleter<>() {
            @Override
            public void compute() {
                computed[0] = StreamState.current().id();
            }

            @Override
            public void onCompletion(CountedCompleter<?> caller) {
                completed[0] = StreamState.current().id();
            }
        };
        long mine = StreamState.current().id();
        TaskStreams.constructed(completer);
        TaskStreams.forked(completer); // numbered when created, not again when forked
        assertTrue(!runThroughDoExec(completer), "a completer's exec completes it later");
        Thread other = new Thread(() -> TaskStreams.onCompletion(completer, completer));
        other.start();
        other.join();
        assertNotEquals(mine, computed[0]);
        assertEquals(computed[0], completed[0], "the completer's own stream, in another thread");
        assertEquals(mine, StreamState.current().id());
    }

    /** What the rewritten {@code ForkJoinTask.doExec} does: {@code exec()} through {@code TaskStreams}. */
    private static boolean runThroughDoExec(ForkJoinTask<?> task) {
        try {
            return TaskStreams.exec(task);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
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
