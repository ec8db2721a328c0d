package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The master's report ({@code -Dplr.report=FILE}): JSON Lines, one record per event, read with a minimal JSON
 * parser (objects become maps, arrays lists, numbers Long or Double) so that the tests need no library.
 */
public record Report(List<Map<String, Object>> records) {
    /** Reads every line; each must be one complete JSON object. */
    public static Report read(Path file) {
        try {
            List<Map<String, Object>> records = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    records.add(parseObject(line));
                }
            }
            return new Report(records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many records of {@code event} the file holds so far, for a test that waits on a running master:
     * only lines already ended by a newline count, since the master may be writing the last one.
     */
    public static long countSoFar(Path file, String event) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String complete = text.substring(0, text.lastIndexOf('\n') + 1);
            return complete.lines().filter(line -> !line.isBlank())
                    .filter(line -> event.equals(parseObject(line).get("event"))).count();
        } catch (NoSuchFileException notYet) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (bounded) until the running master has written {@code count} records of {@code event}. */
    public static void await(Path file, String event, int count, Process master) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (countSoFar(file, event) < count) {
            if (!master.isAlive() || System.nanoTime() > deadline) {
                fail("no " + count + " '" + event + "' records in " + file + (master.isAlive() ? " after 60 s" :
                        " before the master ended") + "; so far:\n" + (Files.exists(file) ? text(file) : "(none)"));
            }
            Thread.sleep(50);
        }
    }

    public List<Map<String, Object>> events(String event) {
        return records.stream().filter(record -> event.equals(record.get("event"))).collect(Collectors.toList());
    }

    /** The last record, which must be the run's end. */
    public Map<String, Object> end() {
        Map<String, Object> last = records.isEmpty() ? Map.of() : records.get(records.size() - 1);
        assertEquals("end", last.get("event"), () -> "the last record must be the end: " + this);
        return last;
    }

    /** A number in a record, as a long (JSON does not say whether 3 is an int or a long). */
    public static long number(Map<String, Object> record, String key) {
        Object value = record.get(key);
        if (!(value instanceof Number)) {
            fail("'" + key + "' is not a number in " + record);
        }
        return ((Number) value).longValue();
    }

    @Override
    public String toString() {
        return records.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseObject(String line) {
        Parser parser = new Parser(line);
        Object value = parser.value();
        parser.skipSpace();
        if (!(value instanceof Map) || parser.at < line.length()) {
            fail("not one JSON object: " + line);
        }
        return (Map<String, Object>) value;
    }

    /** Recursive descent over RFC 8259 JSON; fails the test on anything else. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        Object value() {
            skipSpace();
            char c = peek();
            if (c == '{') {
                Map<String, Object> object = new LinkedHashMap<>();
                expect('{');
                if (!consume('}')) {
                    do {
                        skipSpace();
                        String key = string();
                        skipSpace();
                        expect(':');
                        object.put(key, value());
                        skipSpace();
                    } while (consume(','));
                    expect('}');
                }
                return object;
            }
            if (c == '[') {
                List<Object> array = new ArrayList<>();
                expect('[');
                skipSpace();
                if (!consume(']')) {
                    do {
                        array.add(value());
                        skipSpace();
                    } while (consume(','));
                    expect(']');
                }
                return array;
            }
            if (c == '"') {
                return string();
            }
            for (String literal : new String[] {"true", "false", "null"}) {
                if (text.startsWith(literal, at)) {
                    at += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            String number = text.substring(start, at);
            if (number.isEmpty()) {
                fail("unexpected '" + c + "' at " + start + " in " + text);
            }
            return number.matches("-?\\d+") ? (Object) Long.valueOf(number) : (Object) Double.valueOf(number);
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            for (char c = next(); c != '"'; c = next()) {
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = next();
                switch (escaped) {
                    case 'n': out.append('\n'); break;
                    case 't': out.append('\t'); break;
                    case 'r': out.append('\r'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'u': out.append((char) Integer.parseInt(text.substring(at, at + 4), 16)); at += 4; break;
                    default: out.append(escaped); // \" \\ \/
                }
            }
            return out.toString();
        }

        void skipSpace() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private char peek() {
            if (at >= text.length()) {
                fail("JSON ends early: " + text);
            }
            return text.charAt(at);
        }

        private char next() {
            char c = peek();
            at++;
            return c;
        }

        private boolean consume(char c) {
            skipSpace();
            if (at < text.length() && text.charAt(at) == c) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!consume(c)) {
                fail("expected '" + c + "' at " + at + " in " + text);
            }
        }
    }
}
