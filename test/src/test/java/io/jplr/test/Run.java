package io.jplr.test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** What one finished JVM run produced. */
public record Run(byte[] stdout, byte[] stderr, int exitStatus, long pid) {
    public String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String err() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    /** jPLR's own lines on stderr: every one starts with {@code jplr: }. */
    public List<String> jplrLines() {
        List<String> lines = new ArrayList<>();
        for (String line : err().split("\n")) {
            if (line.startsWith("jplr: ")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** Stderr without jPLR's own lines: what the application wrote, to compare with a native run's. */
    public String applicationErr() {
        StringBuilder application = new StringBuilder();
        for (String line : err().split("(?<=\n)")) {
            if (!line.startsWith("jplr: ")) {
                application.append(line);
            }
        }
        return application.toString();
    }

    @Override
    public String toString() {
        return "exit " + exitStatus + "\n--- stdout ---\n" + clip(out()) + "\n--- stderr ---\n" + clip(err());
    }

    private static String clip(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
    }
}
