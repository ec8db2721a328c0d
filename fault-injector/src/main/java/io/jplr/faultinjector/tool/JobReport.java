package io.jplr.faultinjector.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a run's jPLR report (JSON Lines) says the campaign needs: how many faults jPLR detected. */
final class JobReport {
    /** Every record's first member after {@code time}; nested members come later in the line. */
    private static final Pattern EVENT = Pattern.compile("\"event\"\\s*:\\s*\"([a-z-]+)\"");
    private static final Pattern DIVERGENCES = Pattern.compile("\"divergences\"\\s*:\\s*(\\d+)");
    private static final Pattern BRANCHES = Pattern.compile("\"branches\"\\s*:\\s*(\\d+)");

    private JobReport() {
    }

    /**
     * The faults detected: the {@code divergence} records, or the {@code end} record's count if it says more.
     * A report that is missing (the run was killed before writing) counts none.
     */
    static int divergences(Path report) throws IOException {
        if (!Files.exists(report)) {
            return 0;
        }
        // Decoded leniently: a record cut short by a kill must not make the whole report unreadable.
        String text = new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
        int records = 0;
        int counted = 0;
        for (String line : text.split("\n")) {
            Matcher event = EVENT.matcher(line);
            if (!event.find()) {
                continue;
            }
            if (event.group(1).equals("divergence")) {
                records++;
            } else if (event.group(1).equals("end")) {
                Matcher count = DIVERGENCES.matcher(line);
                if (count.find(event.end())) {
                    counted = Math.max(counted, parseCount(count.group(1)));
                }
            }
        }
        return Math.max(records, counted);
    }

    /**
     * The backward branches a replica executed in application code over the whole run, from the {@code end}
     * record (jPLR counts them under fault injection); 0 if the report does not say.
     */
    static long branches(Path report) throws IOException {
        if (!Files.exists(report)) {
            return 0;
        }
        String text = new String(Files.readAllBytes(report), StandardCharsets.UTF_8);
        long branches = 0;
        for (String line : text.split("\n")) {
            Matcher event = EVENT.matcher(line);
            if (event.find() && event.group(1).equals("end")) {
                Matcher count = BRANCHES.matcher(line);
                if (count.find(event.end())) {
                    try {
                        branches = Long.parseLong(count.group(1));
                    } catch (NumberFormatException e) {
                        branches = 0;
                    }
                }
            }
        }
        return branches;
    }

    private static int parseCount(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
