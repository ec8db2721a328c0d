package io.jplr.faultinjector;

import io.jplr.bootstrap.BranchCounter;

/**
 * The one JVM of an unreplicated run ({@code plr.mode=off}): the baseline that shows what a fault does to a
 * program nobody protects. The crash happens on a thread of its own, after the operation has answered.
 */
final class SelfTarget implements InjectionTarget {
    private final LocalFaults faults;

    SelfTarget(LocalFaults faults) {
        this.faults = faults;
    }

    @Override
    public String inject(FaultModel model, long argument, long seed) {
        String result = "this JVM (pid " + ProcessHandle.current().pid() + "): "
                + faults.inject(model, argument, seed);
        if (model == FaultModel.CRASH) {
            Thread crash = new Thread(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    // Crash now, then.
                }
                faults.crashNow();
            }, "jplr-crash");
            crash.setDaemon(true);
            crash.start();
        }
        return result;
    }

    @Override
    public String injectAtBranch(FaultModel model, long branch, long seed) {
        return "this JVM (pid " + ProcessHandle.current().pid() + "): " + faults.injectAtBranch(model, branch, seed);
    }

    @Override
    public long branchCount() {
        return BranchCounter.count();
    }
}
