package io.jplr.faultinjector.tool;

import java.time.Duration;
import java.util.List;

/**
 * A finished campaign.
 *
 * @param records      the runs, in run order
 * @param timeLimit    the time limit the runs were held to
 * @param windowMillis the span the injection delays were drawn from
 */
record CampaignResult(CampaignSummary summary, List<RunRecord> records, Duration timeLimit, long windowMillis) {

    CampaignResult {
        records = List.copyOf(records);
    }

    long notInjected() {
        return records.stream().filter(r -> !r.injected()).count();
    }
}
