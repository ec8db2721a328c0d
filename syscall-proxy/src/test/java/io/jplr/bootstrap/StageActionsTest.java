package io.jplr.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stage actions' streams, with a handler installed that answers everything (the boundary is active). */
class StageActionsTest {
    @BeforeEach
    void install() {
        Boundary.install(new RecordingHandler());
    }

    @AfterEach
    void detach() {
        Boundary.detach();
    }

    @Test
    void anActionRunsInTheStreamNumberedWhenItWasAddedWhicheverThreadRunsIt() throws Exception {
        List<Long> seen = new ArrayList<>();
        long mine = StreamState.current().id();
        Function<Integer, Integer> first = StageActions.function(v -> {
            seen.add(StreamState.current().id());
            return v;
        });
        Function<Integer, Integer> second = StageActions.function(v -> {
            seen.add(StreamState.current().id());
            return v;
        });
        Thread other = new Thread(() -> second.apply(2));
        other.start();
        other.join();
        first.apply(1);
        assertEquals(mine, StreamState.current().id(), "the runner's own stream again");
        assertEquals(2, seen.size());
        assertNotEquals(mine, seen.get(1), "the action's stream, not the adding thread's");
        assertNotEquals(seen.get(0), seen.get(1), "each action its own");
    }

    @Test
    void anActionThatThrowsGivesTheRunnerItsStreamBack() {
        long mine = StreamState.current().id();
        Supplier<String> failing = StageActions.supplier(() -> {
            throw new IllegalStateException("failed");
        });
        assertThrows(IllegalStateException.class, failing::get);
        assertEquals(mine, StreamState.current().id());
    }

    @Test
    void noActionStaysNoActionSoTheStageThrowsAsNatively() {
        assertNull(StageActions.runnable(null));
        assertThrows(NullPointerException.class,
                () -> CompletableFuture.completedFuture(1).thenApply(StageActions.function(null)));
    }

    @Test
    void outsideAReplicaTheActionIsLeftAsItIs() {
        Boundary.detach();
        Runnable action = () -> { };
        assertSame(action, StageActions.runnable(action));
    }
}
