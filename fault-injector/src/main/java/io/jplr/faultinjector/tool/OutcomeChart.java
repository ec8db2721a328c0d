package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultModel;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Campaign outcomes as a self-contained SVG: one group per sample and fault model, in it one horizontal bar
 * per mode (unprotected {@code off} first, then DMR, TMR), each bar split into its outcomes' shares. The same
 * summaries give the same bytes, whatever order they are given in.
 */
final class OutcomeChart {
    private static final int WIDTH = 860;
    private static final int BAR_X = 190;
    private static final int BAR_WIDTH = 560;
    private static final int BAR_HEIGHT = 22;
    private static final int BAR_GAP = 6;
    private static final int GROUP_GAP = 18;
    private static final int HEADER_HEIGHT = 20;
    private static final int TOP = 92;
    /** A segment narrower than this has no room for its percentage; its tooltip still has it. */
    private static final int LABEL_MIN_WIDTH = 40;
    private static final List<String> MODE_ORDER = List.of("off", "DMR", "TMR");

    /** Okabe-Ito colours, which stay distinct for the common colour-vision deficiencies. */
    private static final Map<Outcome, String> FILL = new EnumMap<>(Map.of(
            Outcome.MASKED, "#009E73",
            Outcome.CORRECTED, "#56B4E9",
            Outcome.STOPPED, "#E69F00",
            Outcome.SDC, "#D55E00",
            Outcome.HANG, "#CC79A7",
            Outcome.CRASH, "#444444"));
    private static final Map<Outcome, String> INK = new EnumMap<>(Map.of(
            Outcome.MASKED, "#ffffff",
            Outcome.CORRECTED, "#000000",
            Outcome.STOPPED, "#000000",
            Outcome.SDC, "#ffffff",
            Outcome.HANG, "#000000",
            Outcome.CRASH, "#ffffff"));

    private OutcomeChart() {
    }

    static String svg(List<CampaignSummary> summaries) {
        Map<GroupKey, Map<String, CampaignSummary>> groups = group(summaries);
        int height = TOP;
        for (Map<String, CampaignSummary> bars : groups.values()) {
            height += HEADER_HEIGHT + bars.size() * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\""
                + " height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
                WIDTH, height, WIDTH, height));
        svg.append("<title>jPLR fault-injection campaign outcomes</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", WIDTH, height));
        svg.append("<text x=\"20\" y=\"28\" font-size=\"16\" font-weight=\"bold\">"
                + "jPLR fault-injection outcomes</text>\n");
        svg.append("<text x=\"20\" y=\"48\" fill=\"#555555\">Share of runs per outcome; \"off\" is the unprotected"
                + " JVM, DMR and TMR run under jPLR.</text>\n");
        legend(svg);
        int y = TOP;
        for (Map.Entry<GroupKey, Map<String, CampaignSummary>> group : groups.entrySet()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"%d\" font-weight=\"bold\">%s, %s faults</text>%n",
                    y + 14, xml(group.getKey().sample()), xml(group.getKey().model())));
            y += HEADER_HEIGHT;
            for (CampaignSummary bar : group.getValue().values()) {
                bar(svg, bar, y);
                y += BAR_HEIGHT + BAR_GAP;
            }
            y += GROUP_GAP;
        }
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg) {
        int x = 20;
        for (Outcome outcome : Outcome.values()) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"62\" width=\"12\" height=\"12\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"72\">%s</text>%n",
                    x, FILL.get(outcome), x + 16, outcome.word()));
            x += 24 + 8 * outcome.word().length() + 16;
        }
    }

    private static void bar(StringBuilder svg, CampaignSummary summary, int y) {
        svg.append(String.format(Locale.ROOT,
                "<g class=\"bar\" data-sample=\"%s\" data-model=\"%s\" data-mode=\"%s\">%n",
                xml(summary.sample()), xml(summary.model()), xml(summary.mode())));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                BAR_X - 10, y + 15, xml(summary.mode())));
        long runs = summary.runs();
        if (runs == 0) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                    + " stroke=\"#999999\"/>%n", BAR_X, y, BAR_WIDTH, BAR_HEIGHT));
        }
        long cumulative = 0;
        for (Outcome outcome : Outcome.values()) {
            long count = summary.count(outcome);
            if (count == 0) {
                continue;
            }
            // Both edges from the cumulative count, so that rounding never leaves a gap or an overlap.
            int left = BAR_X + (int) Math.round((double) BAR_WIDTH * cumulative / runs);
            cumulative += count;
            int right = BAR_X + (int) Math.round((double) BAR_WIDTH * cumulative / runs);
            String percent = CampaignSummary.formatPercent(summary.percent(outcome));
            svg.append(String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                            + " fill=\"%s\"><title>%s: %d of %d runs (%s)</title></rect>%n",
                    outcome.word(), left, y, right - left, BAR_HEIGHT, FILL.get(outcome), outcome.word(), count, runs,
                    percent));
            if (right - left >= LABEL_MIN_WIDTH) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"%s\">%s</text>%n",
                        (left + right) / 2, y + 15, INK.get(outcome), percent));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555555\">n=%d</text>%n",
                BAR_X + BAR_WIDTH + 10, y + 15, runs));
        svg.append("</g>\n");
    }

    /** Groups in sample order, then fault-model order; bars in mode order; equal campaigns' counts added. */
    static Map<GroupKey, Map<String, CampaignSummary>> group(List<CampaignSummary> summaries) {
        Map<GroupKey, Map<String, CampaignSummary>> groups = new TreeMap<>();
        for (CampaignSummary summary : summaries) {
            groups.computeIfAbsent(new GroupKey(summary.sample(), summary.model()),
                            key -> new TreeMap<>(Comparator.comparingInt(OutcomeChart::modeRank)
                                    .thenComparing(Comparator.naturalOrder())))
                    .merge(summary.mode(), summary, CampaignSummary::plus);
        }
        return groups;
    }

    static int modeRank(String mode) {
        int rank = MODE_ORDER.indexOf(mode);
        return rank < 0 ? MODE_ORDER.size() : rank;
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A chart group: one sample under one fault model. */
    record GroupKey(String sample, String model) implements Comparable<GroupKey> {
        @Override
        public int compareTo(GroupKey other) {
            int bySample = sample.compareTo(other.sample);
            if (bySample != 0) {
                return bySample;
            }
            return compareModels(model, other.model);
        }
    }

    /** Fault models in the order of {@link FaultModel}, unknown ones after them by name. */
    static int compareModels(String one, String other) {
        int byRank = Integer.compare(modelRank(one), modelRank(other));
        return byRank != 0 ? byRank : one.compareTo(other);
    }

    private static int modelRank(String model) {
        Optional<FaultModel> known = FaultModel.ofWord(model);
        return known.map(Enum::ordinal).orElse(FaultModel.values().length);
    }
}
