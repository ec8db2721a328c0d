package io.jplr.replica;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One report record as one line of JSON. Hand-written rather than a JSON library: the report has one flat
 * record type (a few nested lists and maps at most), it is only written, never parsed, and the agent jar
 * carries the master's dependencies relocated (as it does ASM) so they cannot clash with the user's copies;
 * a library would add size and another package to relocate, for what is a hundred lines of escaping.
 */
final class JsonEncoder {
    private static final HexFormat HEX = HexFormat.of();
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private JsonEncoder() {
    }

    /**
     * The record as a JSON object, keys in the map's order. Values may be {@code null}, String, Number
     * (non-finite floating point becomes {@code null}: JSON has no NaN or Infinity), Boolean, byte[]
     * (lowercase hex), List and Map with String keys, nested.
     *
     * @throws IllegalArgumentException for any other value, or a map key that is not a String
     */
    static String encode(Map<String, ?> record) {
        StringBuilder out = new StringBuilder(128);
        appendValue(out, record);
        return out.toString();
    }

    private static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Double d) {
            appendFloating(out, d, d.isNaN() || d.isInfinite());
        } else if (value instanceof Float f) {
            appendFloating(out, f, f.isNaN() || f.isInfinite());
        } else if (value instanceof Number n) {
            out.append(n);
        } else if (value instanceof byte[] bytes) {
            out.append('"').append(HEX.formatHex(bytes)).append('"');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendValue(out, list.get(i));
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a report key must be a String: " + entry.getKey());
                }
                if (!first) {
                    out.append(',');
                }
                first = false;
                appendString(out, key);
                out.append(':');
                appendValue(out, entry.getValue());
            }
            out.append('}');
        } else {
            throw new IllegalArgumentException("no JSON form for a " + value.getClass().getName());
        }
    }

    private static void appendFloating(StringBuilder out, Number value, boolean nonFinite) {
        out.append(nonFinite ? "null" : value.toString());
    }

    /**
     * Quotes and escapes: the two characters JSON requires, every control character, and lone surrogates
     * (which UTF-8 cannot encode; escaped they survive instead of becoming '?'). Surrogate pairs, i.e.
     * characters outside the BMP, pass through and become four UTF-8 bytes when the line is written.
     */
    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        appendUnicodeEscape(out, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        out.append("\\u")
                .append(DIGITS[c >> 12 & 0xf]).append(DIGITS[c >> 8 & 0xf])
                .append(DIGITS[c >> 4 & 0xf]).append(DIGITS[c & 0xf]);
    }
}
