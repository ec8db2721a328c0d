package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.wrapArgument;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code CompletableFuture}'s stages: the action given to each ({@code thenApply}'s function, {@code whenComplete}'s
 * consumer, {@code supplyAsync}'s supplier, …) is wrapped as the program adds the stage, so that it runs in a call
 * stream numbered then ({@code StageActions}), whichever thread runs it and whenever: the thread that completes
 * the stage before it, a pool's worker, or the adding thread itself if that stage is complete already, which
 * depends on timing.
 */
final class CompletableFutureInstrumentation implements TypeInstrumentation {
    private static final String STAGE = "Ljava/util/concurrent/CompletionStage;";
    private static final String EXECUTOR = "Ljava/util/concurrent/Executor;";
    private static final String FUTURE = "Ljava/util/concurrent/CompletableFuture;";

    /** The action types, each with the {@code StageActions} method that wraps it. */
    private enum Action {
        FUNCTION("Ljava/util/function/Function;", "function"),
        BI_FUNCTION("Ljava/util/function/BiFunction;", "biFunction"),
        CONSUMER("Ljava/util/function/Consumer;", "consumer"),
        BI_CONSUMER("Ljava/util/function/BiConsumer;", "biConsumer"),
        RUNNABLE("Ljava/lang/Runnable;", "runnable"),
        SUPPLIER("Ljava/util/function/Supplier;", "supplier");

        final String descriptor;
        final String wrapper;

        Action(String descriptor, String wrapper) {
            this.descriptor = descriptor;
            this.wrapper = wrapper;
        }
    }

    @Override
    public String typeName() {
        return "java.util.concurrent.CompletableFuture";
    }

    @Override
    public List<Interception> interceptions() {
        List<Interception> all = new ArrayList<>();
        sources(all, "supplyAsync", Action.SUPPLIER);
        sources(all, "runAsync", Action.RUNNABLE);
        stage(all, "completeAsync", Action.SUPPLIER, false);
        stage(all, "thenApply", Action.FUNCTION, false);
        stage(all, "thenAccept", Action.CONSUMER, false);
        stage(all, "thenRun", Action.RUNNABLE, false);
        stage(all, "thenCompose", Action.FUNCTION, false);
        stage(all, "whenComplete", Action.BI_CONSUMER, false);
        stage(all, "handle", Action.BI_FUNCTION, false);
        stage(all, "exceptionally", Action.FUNCTION, false);
        stage(all, "exceptionallyCompose", Action.FUNCTION, false);
        stage(all, "thenCombine", Action.BI_FUNCTION, true);
        stage(all, "thenAcceptBoth", Action.BI_CONSUMER, true);
        stage(all, "runAfterBoth", Action.RUNNABLE, true);
        stage(all, "applyToEither", Action.FUNCTION, true);
        stage(all, "acceptEither", Action.CONSUMER, true);
        stage(all, "runAfterEither", Action.RUNNABLE, true);
        return all;
    }

    /** The static {@code supplyAsync}/{@code runAsync}, with and without an executor. */
    private static void sources(List<Interception> all, String method, Action action) {
        all.add(wrap(method, "(" + action.descriptor + ")" + FUTURE, 0, action));
        all.add(wrap(method, "(" + action.descriptor + EXECUTOR + ")" + FUTURE, 0, action));
    }

    /**
     * A stage method in its three forms, {@code m(action)}, {@code mAsync(action)} and {@code mAsync(action,
     * executor)}; a method already named {@code ...Async} ({@code completeAsync}) has only the last two.
     * {@code withOther}: the action comes after another stage.
     */
    private static void stage(List<Interception> all, String method, Action action, boolean withOther) {
        String leading = withOther ? STAGE : "";
        int index = withOther ? 1 : 0;
        if (!method.endsWith("Async")) {
            all.add(wrap(method, "(" + leading + action.descriptor + ")" + FUTURE, index, action));
        }
        String async = method.endsWith("Async") ? method : method + "Async";
        all.add(wrap(async, "(" + leading + action.descriptor + ")" + FUTURE, index, action));
        all.add(wrap(async, "(" + leading + action.descriptor + EXECUTOR + ")" + FUTURE, index, action));
    }

    private static Interception wrap(String method, String descriptor, int argument, Action action) {
        return wrapArgument(method, descriptor, argument, action.wrapper).via(Boundaries.STAGES);
    }
}
