package io.jplr.faultinjector.tool;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The counts of one campaign: what {@code --json} writes and {@code chart} reads. */
final class CampaignSummary {
    private final String sample;
    private final String mode;
    private final String model;
    private final long seed;
    private final EnumMap<Outcome, Long> counts;

    CampaignSummary(String sample, String mode, String model, long seed, Map<Outcome, Long> counts) {
        this.sample = sample;
        this.mode = mode;
        this.model = model;
        this.seed = seed;
        this.counts = new EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            long count = counts.getOrDefault(outcome, 0L);
            if (count < 0) {
                throw new IllegalArgumentException(outcome.word() + " count " + count);
            }
            this.counts.put(outcome, count);
        }
    }

    static CampaignSummary of(String sample, ProtectionMode mode, String model, long seed,
            Collection<RunRecord> records) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        for (RunRecord record : records) {
            counts.merge(record.outcome(), 1L, Long::sum);
        }
        return new CampaignSummary(sample, mode.word(), model, seed, counts);
    }

    /**
     * Reads what {@link #toJson()} writes (members in any order, each one required).
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    static CampaignSummary parse(String json) {
        Map<String, Object> members = FlatJson.parseObject(json.strip());
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        long total = 0;
        for (Outcome outcome : Outcome.values()) {
            long count = number(members, outcome.word());
            counts.put(outcome, count);
            total += count;
        }
        long runs = number(members, "runs");
        if (runs != total) {
            throw new IllegalArgumentException("\"runs\" is " + runs + " but the outcomes add up to " + total);
        }
        return new CampaignSummary(text(members, "sample"), text(members, "mode"), text(members, "model"),
                number(members, "seed"), counts);
    }

    /** One line, members in a fixed order, so that equal campaigns give equal files. */
    String toJson() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("sample", sample);
        members.put("mode", mode);
        members.put("model", model);
        members.put("seed", seed);
        members.put("runs", runs());
        for (Outcome outcome : Outcome.values()) {
            members.put(outcome.word(), counts.get(outcome));
        }
        return FlatJson.write(members);
    }

    String sample() {
        return sample;
    }

    String mode() {
        return mode;
    }

    String model() {
        return model;
    }

    long seed() {
        return seed;
    }

    long runs() {
        long runs = 0;
        for (long count : counts.values()) {
            runs += count;
        }
        return runs;
    }

    long count(Outcome outcome) {
        return counts.get(outcome);
    }

    /** The outcome's share of the runs, in percent, or 0 for a campaign without runs. */
    double percent(Outcome outcome) {
        long runs = runs();
        return runs == 0 ? 0 : 100.0 * counts.get(outcome) / runs;
    }

    /** A percentage as the table and the chart print it: one decimal, whatever the locale. */
    static String formatPercent(double percent) {
        return String.format(Locale.ROOT, "%.1f%%", percent);
    }

    /** The same counts, under another sample's name (a total over samples has none). */
    CampaignSummary named(String otherSample) {
        return new CampaignSummary(otherSample, mode, model, seed, counts);
    }

    /** This campaign's counts added to another's of the same sample, mode and model (e.g. another seed). */
    CampaignSummary plus(CampaignSummary other) {
        Map<Outcome, Long> sum = new EnumMap<>(counts);
        other.counts.forEach((outcome, count) -> sum.merge(outcome, count, Long::sum));
        return new CampaignSummary(sample, mode, model, seed, sum);
    }

    private static String text(Map<String, Object> members, String key) {
        Object value = members.get(key);
        if (!(value instanceof String)) {
            throw new IllegalArgumentException(
                    value == null ? "no \"" + key + "\"" : "\"" + key + "\" is not a string");
        }
        return (String) value;
    }

    private static long number(Map<String, Object> members, String key) {
        Object value = members.get(key);
        if (!(value instanceof Long)) {
            throw new IllegalArgumentException(
                    value == null ? "no \"" + key + "\"" : "\"" + key + "\" is not an integer");
        }
        long number = (Long) value;
        if (number < 0 && !key.equals("seed")) {
            throw new IllegalArgumentException("\"" + key + "\" is negative");
        }
        return number;
    }
}
