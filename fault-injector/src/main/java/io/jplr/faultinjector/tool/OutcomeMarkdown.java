package io.jplr.faultinjector.tool;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Campaign summaries as Markdown tables, for the documentation beside the chart: the totals, a row per mode
 * and fault model over every sample; and a row per sample, fault model and mode (equal campaigns added up);
 * each outcome as a count and a share.
 */
final class OutcomeMarkdown {
    private OutcomeMarkdown() {
    }

    /** The totals table, then the per-sample one. */
    static String tables(List<CampaignSummary> summaries) {
        return totals(summaries) + "\n" + table(summaries);
    }

    /** A row per mode (protected first) and fault model, every sample's campaigns added up. */
    static String totals(List<CampaignSummary> summaries) {
        Map<String, Map<String, CampaignSummary>> byMode = new TreeMap<>(
                Comparator.comparingInt(OutcomeChart::modeRank).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, Set<String>> samples = new TreeMap<>();
        for (CampaignSummary summary : summaries) {
            CampaignSummary anySample = summary.named("");
            byMode.computeIfAbsent(summary.mode(), mode -> new TreeMap<>(OutcomeChart::compareModels))
                    .merge(summary.model(), anySample, CampaignSummary::plus);
            samples.computeIfAbsent(summary.mode() + "/" + summary.model(), key -> new TreeSet<>())
                    .add(summary.sample());
        }
        StringBuilder table = new StringBuilder("| mode | model | samples | runs |");
        StringBuilder rule = new StringBuilder("|---|---|---|---:|");
        for (Outcome outcome : Outcome.values()) {
            table.append(' ').append(outcome.word()).append(" |");
            rule.append("---:|");
        }
        table.append('\n').append(rule).append('\n');
        for (Map<String, CampaignSummary> models : byMode.values()) {
            for (CampaignSummary total : models.values()) {
                table.append("| ").append(total.mode()).append(" | ").append(total.model()).append(" | ")
                        .append(String.join(" ", samples.get(total.mode() + "/" + total.model()))).append(" | ")
                        .append(total.runs()).append(" |");
                counts(table, total);
                table.append('\n');
            }
        }
        return table.toString();
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
                counts(table, summary);
                table.append('\n');
            }
        }
        return table.toString();
    }

    private static void counts(StringBuilder table, CampaignSummary summary) {
        for (Outcome outcome : Outcome.values()) {
            long count = summary.count(outcome);
            table.append(' ').append(count);
            if (count > 0) {
                table.append(" (").append(CampaignSummary.formatPercent(summary.percent(outcome))).append(')');
            }
            table.append(" |");
        }
    }
}
