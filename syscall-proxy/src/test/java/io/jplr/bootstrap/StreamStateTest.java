package io.jplr.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class StreamStateTest {
    /** Runs {@code body} on a new thread and returns what it produced; rethrows its failure. */
    private static <T> T onThread(Thread thread, AtomicReference<T> result, AtomicReference<Throwable> failure)
            throws InterruptedException {
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError("thread " + thread.getName() + " failed", failure.get());
        }
        return result.get();
    }

    private interface Body<T> {
        T run() throws Exception;
    }

    /** A thread that inherits the stream of the thread that constructs it (the creation tree). */
    private static <T> T inChild(Body<T> body) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                result.set(body.run());
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        return onThread(thread, result, failure);
    }

    /** A thread that becomes the root of its own tree, like the main thread during premain. */
    private static <T> T inRoot(Body<T> body) throws InterruptedException {
        return inChild(() -> {
            StreamState.makeRoot();
            return body.run();
        });
    }

    /** A thread that inherits nothing, like a JVM-internal thread. */
    private static long idOfUninheritedThread(String name) throws InterruptedException {
        AtomicReference<Long> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> result.set(StreamState.current().id()), name, 0, false);
        return onThread(thread, result, failure);
    }

    @Test
    void rootIsTheMainStreamAndCountsFromOne() throws Exception {
        List<Long> seen = inRoot(() -> {
            StreamState state = StreamState.current();
            return List.of(state.id(), state.nextSequence(), state.nextSequence(), state.nextSequence());
        });
        assertEquals(List.of(StreamState.MAIN_STREAM, 1L, 2L, 3L), seen);
    }

    @Test
    void childrenGetDistinctIdsAndTheirOwnSequences() throws Exception {
        List<Long> ids = inRoot(() -> {
            // The parent's calls must not shift the child's sequence numbers.
            StreamState.current().nextSequence();
            StreamState.current().nextSequence();
            List<Long> children = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                long[] idAndFirst = inChild(() -> new long[] {
                        StreamState.current().id(), StreamState.current().nextSequence()});
                assertEquals(1L, idAndFirst[1], "a new thread starts at sequence 1");
                children.add(idAndFirst[0]);
            }
            return children;
        });
        assertEquals(5, new HashSet<>(ids).size(), "distinct ids: " + ids);
        for (long id : ids) {
            assertNotEquals(StreamState.MAIN_STREAM, id);
        }
    }

    /** Root with children c1 and c2, c1 with child c1a; the ids in the order [c1, c1a, c2]. */
    private static List<Long> buildTree() throws InterruptedException {
        return inRoot(() -> {
            List<Long> ids = new ArrayList<>();
            ids.addAll(inChild(() -> {
                long c1 = StreamState.current().id();
                long c1a = inChild(() -> StreamState.current().id());
                return List.of(c1, c1a);
            }));
            ids.add(inChild(() -> StreamState.current().id()));
            return ids;
        });
    }

    @Test
    void identicalCreationTreesGiveIdenticalIds() throws Exception {
        // Two replicas run the same program: each root thread builds the same tree and must get the same ids,
        // whatever Thread ids or timing the JVM picked.
        List<Long> first = buildTree();
        List<Long> second = buildTree();
        assertEquals(first, second);
        assertEquals(3, new HashSet<>(first).size(), "ids " + first);
    }

    @Test
    void grandchildDiffersFromTheParentsSecondChild() throws Exception {
        List<Long> tree = buildTree();
        long c1a = tree.get(1);
        long c2 = tree.get(2);
        assertNotEquals(c2, c1a);
    }

    @Test
    void threadsOutsideTheTreeGetAnIdFromTheirName() throws Exception {
        long first = idOfUninheritedThread("Common-Cleaner");
        long again = idOfUninheritedThread("Common-Cleaner");
        long other = idOfUninheritedThread("DestroyJavaVM");
        assertEquals(first, again);
        assertNotEquals(first, other);
        assertNotEquals(StreamState.MAIN_STREAM, first);
    }

    @Test
    void tasksAreNumberedApartFromThreads() throws Exception {
        List<Long> ids = inRoot(() -> {
            StreamState root = StreamState.current();
            long firstTask = root.newTask().id();
            // A pool's worker created between two submissions (when timing says so) must not renumber tasks.
            long thread = inChild(() -> StreamState.current().id());
            long secondTask = root.newTask().id();
            return List.of(firstTask, thread, secondTask);
        });
        List<Long> withoutThread = inRoot(() -> List.of(StreamState.current().newTask().id(),
                StreamState.current().newTask().id()));
        assertEquals(withoutThread, List.of(ids.get(0), ids.get(2)));
        assertEquals(3, new HashSet<>(ids).size(), "tasks and threads never share an id");
    }

    @Test
    void aWorkerTakesATasksStreamOnAndGivesItBack() throws Exception {
        List<Long> seen = inRoot(() -> {
            StreamState task = StreamState.current().newTask();
            StreamState own = StreamState.swap(task);
            long during = StreamState.current().id();
            long sequence = StreamState.current().nextSequence();
            StreamState.swap(own);
            return List.of(during, sequence, StreamState.current().id());
        });
        assertEquals(1L, seen.get(1), "a task's calls count from 1");
        assertEquals(StreamState.MAIN_STREAM, seen.get(2));
        assertNotEquals(StreamState.MAIN_STREAM, seen.get(0));
    }

    @Test
    void aPoolsWorkersAreNotNumberedAmongTheCreatingThreadsChildren() throws Exception {
        List<Long> ids = inRoot(() -> {
            ExecutorService pool = Executors.newFixedThreadPool(1);
            long worker = pool.submit(() -> StreamState.current().id()).get();
            pool.shutdown();
            long child = inChild(() -> StreamState.current().id());
            return List.of(worker, child);
        });
        long firstChild = inRoot(() -> inChild(() -> StreamState.current().id()));
        assertEquals(firstChild, ids.get(1), "the worker did not take the first child's number");
        assertNotEquals(firstChild, ids.get(0));
    }
}
