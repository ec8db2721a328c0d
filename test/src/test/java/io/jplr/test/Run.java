package io.jplr.test;

import java.nio.charset.StandardCharsets;

/** What one finished JVM run produced. */
public record Run(byte[] stdout, byte[] stderr, int exitStatus, long pid) {
    public String out() {
        return new String(stdout, StandardCharsets.UTF_8);
    }

    public String err() {
        return new String(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "exit " + exitStatus + "\n--- stdout ---\n" + clip(out()) + "\n--- stderr ---\n" + clip(err());
    }

    private static String clip(String text) {
        return text.length() > 4000 ? text.substring(0, 4000) + "..." : text;
    }
}
