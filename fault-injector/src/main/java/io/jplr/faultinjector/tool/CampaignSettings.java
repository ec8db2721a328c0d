package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultModel;
import java.time.Duration;

/**
 * What a campaign does, resolved from the command line.
 *
 * @param jobs      how many runs go on at once
 * @param timeLimit a run still going after this is killed and counted a hang; null: from the fault-free run
 * @param window    the span injection delays are drawn from; null: the fault-free run's, once its bean is reachable
 * @param bits      the bits a {@code memory} fault flips
 * @param keepFiles keep each run's directory, output and report instead of deleting them once judged
 */
record CampaignSettings(String sample, String size, ProtectionMode mode, FaultModel model, int runs, long seed,
        int jobs, Duration timeLimit, Duration window, int bits, boolean keepFiles) {

    CampaignSettings {
        if (runs < 1 || jobs < 1 || bits < 1) {
            throw new IllegalArgumentException("runs " + runs + ", jobs " + jobs + ", bits " + bits);
        }
        if (model == FaultModel.SLOW) {
            throw new IllegalArgumentException("slow is not a campaign model");
        }
    }

    /** The default parallelism: as many runs as the CPUs hold JVMs for, at least one. */
    static int defaultJobs(ProtectionMode mode, int processors) {
        return Math.max(1, processors / mode.jvmsPerRun());
    }
}
