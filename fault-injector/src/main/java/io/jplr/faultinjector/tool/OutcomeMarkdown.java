package io.jplr.faultinjector.tool;

import java.util.List;
import java.util.Map;

/**
 * Campaign summaries as a Markdown table, for the documentation beside the chart: a row per sample, fault
 * model and mode (equal campaigns added up), each outcome as a count and a share.
 */
final class OutcomeMarkdown {
    private OutcomeMarkdown() {
    }

    static String table(List<CampaignSummary> summaries) {
        StringBuilder table = new StringBuilder("| sample | model | mode | runs |");
        StringBuilder rule = new StringBuilder("|---|---|---|---:|");
        for (Outcome outcome : Outcome.values()) {
            table.append(' ').append(outcome.word()).append(" |");
            rule.append("---:|");
        }
        table.append('\n').append(rule).append('\n');
        for (Map.Entry<OutcomeChart.GroupKey, Map<String, CampaignSummary>> group
                : OutcomeChart.group(summaries).entrySet()) {
            for (CampaignSummary summary : group.getValue().values()) {
                table.append("| ").append(summary.sample()).append(" | ").append(summary.model()).append(" | ")
                        .append(summary.mode()).append(" | ").append(summary.runs()).append(" |");
                for (Outcome outcome : Outcome.values()) {
                    long count = summary.count(outcome);
                    table.append(' ').append(count);
                    if (count > 0) {
                        table.append(" (").append(CampaignSummary.formatPercent(summary.percent(outcome)))
                                .append(')');
                    }
                    table.append(" |");
                }
                table.append('\n');
            }
        }
        return table.toString();
    }
}
