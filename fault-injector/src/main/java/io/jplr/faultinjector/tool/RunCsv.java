package io.jplr.faultinjector.tool;

import java.util.List;

/** The campaign's runs as CSV (RFC 4180 quoting), one row per run in run order. */
final class RunCsv {
    static final String HEADER =
            "run,replica,model,delayMillis,injected,description,outcome,exitStatus,divergences,millis";

    private RunCsv() {
    }

    /** The whole file: the header, then one CRLF-free line per run (newlines stay inside quoted fields). */
    static String of(List<RunRecord> records) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (RunRecord record : records) {
            csv.append(row(record)).append('\n');
        }
        return csv.toString();
    }

    static String row(RunRecord record) {
        return String.join(",",
                Integer.toString(record.run()),
                Integer.toString(record.replica()),
                field(record.model()),
                Long.toString(record.delayMillis()),
                Boolean.toString(record.injected()),
                field(record.description()),
                record.outcome().word(),
                Integer.toString(record.exitStatus()),
                Integer.toString(record.divergences()),
                Long.toString(record.millis()));
    }

    /** A field as it is, or quoted with its quotes doubled when it holds a comma, a quote or a line break. */
    static String field(String value) {
        boolean plain = value.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
