package io.jplr.faultinjector.tool;

import java.util.Locale;

/** The campaign's counts and percentages as a plain-text table for the terminal. */
final class OutcomeTable {
    private OutcomeTable() {
    }

    /**
     * @param size        the sample's size, for the title
     * @param notInjected runs whose program ended before the fault could be injected (counted as masked)
     */
    static String render(CampaignSummary summary, String size, long notInjected) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%s (%s), mode %s, model %s: %d runs, seed %d%n",
                summary.sample(), size, summary.mode(), summary.model(), summary.runs(), summary.seed()));
        table.append(String.format(Locale.ROOT, "%-10s %8s %8s%n", "outcome", "runs", "share"));
        for (Outcome outcome : Outcome.values()) {
            table.append(String.format(Locale.ROOT, "%-10s %8d %8s%n", outcome.word(), summary.count(outcome),
                    CampaignSummary.formatPercent(summary.percent(outcome))));
        }
        if (notInjected > 0) {
            table.append(String.format(Locale.ROOT,
                    "%d run(s) ended before their fault could be injected; they count as masked.%n", notInjected));
        }
        return table.toString();
    }
}
