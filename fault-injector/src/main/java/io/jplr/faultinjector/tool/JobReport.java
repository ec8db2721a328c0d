package io.jplr.faultinjector.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a run's jPLR report (JSON Lines) says the campaign needs: how many faults jPLR detected. */
final class JobReport {
    private JobReport() {
    }

    /**
     * The faults detected: the {@code divergence} records, or the {@code end} record's count if it says more.
     * A report that is missing (the run was killed before writing) counts none.
     */
    static int divergences(Path report) throws IOException {
        int records = 0;
        long counted = 0;
        for (Map<String, Object> record : records(report)) {
            Object event = record.get("event");
            if ("divergence".equals(event)) {
                records++;
            } else if ("end".equals(event) && record.get("divergences") instanceof Long count) {
                counted = Math.max(counted, count);
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(records, counted));
    }

    /**
     * The backward branches a replica executed in application code over the whole run, from the {@code end}
     * record (jPLR counts them under fault injection); 0 if the report does not say.
     */
    static long branches(Path report) throws IOException {
        long branches = 0;
        for (Map<String, Object> record : records(report)) {
            if ("end".equals(record.get("event")) && record.get("branches") instanceof Long count) {
                branches = Math.max(0, count);
            }
        }
        return branches;
    }

    /**
     * Each line's top-level members. Decoded leniently: a record cut short by a kill, or bytes that are not
     * UTF-8, must not make the rest of the report unreadable.
     */
    private static List<Map<String, Object>> records(Path report) throws IOException {
        List<Map<String, Object>> records = new ArrayList<>();
        if (!Files.exists(report)) {
            return records;
        }
        String text = new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            Map<String, Object> record = FlatJson.topLevel(line);
            if (!record.isEmpty()) {
                records.add(record);
            }
        }
        return records;
    }
}
