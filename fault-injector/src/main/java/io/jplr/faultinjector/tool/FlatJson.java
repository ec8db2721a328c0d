package io.jplr.faultinjector.tool;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON the tool reads and writes, on jackson-core's streaming parser and generator: flat objects whose values
 * are strings or integers. A campaign summary is one such object, and is read strictly; a line of jPLR's report
 * is read for its top-level members only.
 */
final class FlatJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private FlatJson() {
    }

    /**
     * The members of the object that is the whole text, in text order; a value is a {@link String} or a
     * {@link Long}. Anything else (nesting, fractions, literals, text after the object, a key twice) is rejected.
     *
     * @throws IllegalArgumentException saying what is wrong and where
     */
    static Map<String, Object> parseObject(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            Map<String, Object> members = members(parser, true);
            if (parser.nextToken() != null) {
                throw error(parser, "text after the object");
            }
            return members;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + " at offset " + offset(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The top-level string and integer members of the object on {@code line}, nested values skipped; none when
     * the line is not a whole object (a record cut short by a kill).
     */
    static Map<String, Object> topLevel(String line) {
        try (JsonParser parser = FACTORY.createParser(line)) {
            return members(parser, false);
        } catch (IOException | IllegalArgumentException e) {
            return Map.of();
        }
    }

    /** One object on one line, members in the map's order; values are strings and integers. */
    static String write(Map<String, ?> members) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeStartObject();
            for (Map.Entry<String, ?> member : members.entrySet()) {
                Object value = member.getValue();
                if (value instanceof String text) {
                    generator.writeStringField(member.getKey(), text);
                } else if (value instanceof Long || value instanceof Integer) {
                    generator.writeNumberField(member.getKey(), ((Number) value).longValue());
                } else {
                    throw new IllegalArgumentException(
                            "\"" + member.getKey() + "\" is neither a string nor an integer");
                }
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Map<String, Object> members(JsonParser parser, boolean strict) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw error(parser, "'{' expected");
        }
        Map<String, Object> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken token = parser.nextToken();
            Object value;
            if (token == JsonToken.VALUE_STRING) {
                value = parser.getText();
            } else if (token == JsonToken.VALUE_NUMBER_INT
                    && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
                value = parser.getLongValue();
            } else if (strict) {
                throw error(parser, "\"" + key + "\" is neither a string nor an integer of 64 bits");
            } else {
                parser.skipChildren();
                continue;
            }
            if (members.put(key, value) != null && strict) {
                throw error(parser, "key \"" + key + "\" twice");
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw error(parser, "'}' expected");
        }
        return members;
    }

    private static IllegalArgumentException error(JsonParser parser, String what) {
        return new IllegalArgumentException(what + " at offset " + parser.currentTokenLocation().getCharOffset());
    }

    private static long offset(JsonProcessingException e) {
        return e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
    }
}
