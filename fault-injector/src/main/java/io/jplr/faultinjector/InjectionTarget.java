package io.jplr.faultinjector;

/** Where a fault goes: one replica of the job, or the one JVM of an unreplicated run. */
interface InjectionTarget {

    /** Injects a fault of {@code model} and returns what was done; fails with a message naming what is wrong. */
    String inject(FaultModel model, long argument, long seed);

    /** Arms a fault that strikes when the target executes its {@code branch}-th backward branch. */
    String injectAtBranch(FaultModel model, long branch, long seed);

    /** The backward branches the target has executed in application code so far. */
    long branchCount();
}
