package io.jplr.faultinjector;

import io.jplr.bootstrap.BranchCounter;
import io.jplr.syscall.channel.Channel;
import io.jplr.syscall.channel.InjectionRequest;
import java.util.Optional;

/**
 * A replica's side of fault injection: carries out what its master asks in the channel's injection block,
 * and publishes how many backward branches the application executed. Runs on the replica's watchdog.
 */
public final class ReplicaInjections {
    private final Channel channel;
    private final LocalFaults faults;

    public ReplicaInjections(Channel channel, LocalFaults faults) {
        this.channel = channel;
        this.faults = faults;
    }

    /** One look at the injection block: publishes the branch count, carries out a pending request. */
    public void serve() {
        channel.publishBranchCount(BranchCounter.count());
        InjectionRequest request = channel.pendingInjection();
        if (request == null) {
            return;
        }
        boolean atBranch = (request.model() & FaultModel.AT_BRANCH) != 0;
        Optional<FaultModel> model = FaultModel.ofCode(request.model() & ~FaultModel.AT_BRANCH);
        if (model.isEmpty()) {
            channel.completeInjection(request.ticket(), "error: unknown fault model code " + request.model());
            return;
        }
        String result;
        try {
            result = atBranch ? faults.injectAtBranch(model.get(), request.argument(), request.seed())
                    : faults.inject(model.get(), request.argument(), request.seed());
        } catch (RuntimeException e) {
            result = "error: " + e.getMessage();
        }
        channel.completeInjection(request.ticket(), result);
        if (model.get() == FaultModel.CRASH && !atBranch) {
            faults.crashNow();
        }
    }
}
