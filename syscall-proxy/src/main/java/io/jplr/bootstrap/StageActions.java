package io.jplr.bootstrap;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The action of a {@code CompletableFuture} stage runs in a call stream of its own, numbered in the stream of the
 * thread (or task, or action) that adds the stage, at that moment. Which thread runs it depends on timing: the
 * thread that completes the stage before it, a pool's worker for an async stage, or the adding thread itself when
 * the stage before it is complete already; and so does when, relative to that thread's own calls. Numbered when
 * added, it makes the same calls in the same stream in every replica.
 *
 * <p>So the pools need not number a stage's task ({@link TaskStreams} leaves {@code CompletableFuture}'s
 * tasks alone): it would be numbered by whichever thread submits it, which again depends on timing.
 */
public final class StageActions {
    private StageActions() {
    }

    public static <T, R> Function<T, R> function(Function<T, R> action) {
        StreamState stream = numbered(action);
        return stream == null ? action : new StageFunction<>(action, stream);
    }

    public static <T, U, R> BiFunction<T, U, R> biFunction(BiFunction<T, U, R> action) {
        StreamState stream = numbered(action);
        return stream == null ? action : new StageBiFunction<>(action, stream);
    }

    public static <T> Consumer<T> consumer(Consumer<T> action) {
        StreamState stream = numbered(action);
        return stream == null ? action : new StageConsumer<>(action, stream);
    }

    public static <T, U> BiConsumer<T, U> biConsumer(BiConsumer<T, U> action) {
        StreamState stream = numbered(action);
        return stream == null ? action : new StageBiConsumer<>(action, stream);
    }

    public static Runnable runnable(Runnable action) {
        StreamState stream = numbered(action);
        return stream == null ? action : new StageRunnable(action, stream);
    }

    public static <T> Supplier<T> supplier(Supplier<T> action) {
        StreamState stream = numbered(action);
        return stream == null ? action : new StageSupplier<>(action, stream);
    }

    /** The action's stream, or null to leave it as it is (none given: the stage throws as natively). */
    private static StreamState numbered(Object action) {
        return action == null || !Remote.active() ? null : StreamState.current().newTask();
    }

    private static final class StageFunction<T, R> implements Function<T, R> {
        private final Function<T, R> action;
        private final StreamState stream;

        StageFunction(Function<T, R> action, StreamState stream) {
            this.action = action;
            this.stream = stream;
        }

        @Override
        public R apply(T value) {
            StreamState runner = StreamState.swap(stream);
            try {
                return action.apply(value);
            } finally {
                TaskStreams.leave(runner);
            }
        }
    }

    private static final class StageBiFunction<T, U, R> implements BiFunction<T, U, R> {
        private final BiFunction<T, U, R> action;
        private final StreamState stream;

        StageBiFunction(BiFunction<T, U, R> action, StreamState stream) {
            this.action = action;
            this.stream = stream;
        }

        @Override
        public R apply(T value, U other) {
            StreamState runner = StreamState.swap(stream);
            try {
                return action.apply(value, other);
            } finally {
                TaskStreams.leave(runner);
            }
        }
    }

    private static final class StageConsumer<T> implements Consumer<T> {
        private final Consumer<T> action;
        private final StreamState stream;

        StageConsumer(Consumer<T> action, StreamState stream) {
            this.action = action;
            this.stream = stream;
        }

        @Override
        public void accept(T value) {
            StreamState runner = StreamState.swap(stream);
            try {
                action.accept(value);
            } finally {
                TaskStreams.leave(runner);
            }
        }
    }

    private static final class StageBiConsumer<T, U> implements BiConsumer<T, U> {
        private final BiConsumer<T, U> action;
        private final StreamState stream;

        StageBiConsumer(BiConsumer<T, U> action, StreamState stream) {
            this.action = action;
            this.stream = stream;
        }

        @Override
        public void accept(T value, U other) {
            StreamState runner = StreamState.swap(stream);
            try {
                action.accept(value, other);
            } finally {
                TaskStreams.leave(runner);
            }
        }
    }

    private static final class StageRunnable implements Runnable {
        private final Runnable action;
        private final StreamState stream;

        StageRunnable(Runnable action, StreamState stream) {
            this.action = action;
            this.stream = stream;
        }

        @Override
        public void run() {
            StreamState runner = StreamState.swap(stream);
            try {
                action.run();
            } finally {
                TaskStreams.leave(runner);
            }
        }
    }

    private static final class StageSupplier<T> implements Supplier<T> {
        private final Supplier<T> action;
        private final StreamState stream;

        StageSupplier(Supplier<T> action, StreamState stream) {
            this.action = action;
            this.stream = stream;
        }

        @Override
        public T get() {
            StreamState runner = StreamState.swap(stream);
            try {
                return action.get();
            } finally {
                TaskStreams.leave(runner);
            }
        }
    }
}
