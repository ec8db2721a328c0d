package io.jplr.replica;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The environment variables the java launcher ({@code JDK_JAVA_OPTIONS}) and the JVM ({@code JAVA_TOOL_OPTIONS},
 * {@code _JAVA_OPTIONS}) take options from. A replica inherits the master's environment, so it would take from
 * them the options that are the master's alone ({@link ReplicaCommand#masterOnly}): a debugger's port, which
 * every replica fails to bind, a flight recording, whose files the replicas name apart and so diverge over, a
 * JMX port. A replica is started with those options left out of these variables and told the variables' real
 * values, which its agent puts back into the environment the program reads ({@code System.getenv}): the
 * program sees the master's environment, as it would natively.
 */
public final class OptionVariables {
    /** In the order the JVM reads them; the launcher reads JDK_JAVA_OPTIONS before any of them. */
    static final List<String> NAMES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");
    /** {@code -Djplr.environment.NAME=real value}: what the replica's agent restores, then hides. */
    static final String PROPERTY_PREFIX = "jplr.environment.";

    private static final OptionVariables NONE = new OptionVariables(Map.of(), Map.of());

    /** The master's value of each variable it has. */
    private final Map<String, String> masterValues;
    /** The replica's value of each variable that differs from the master's; null for a variable left out. */
    private final Map<String, String> replicaValues;

    private OptionVariables(Map<String, String> masterValues, Map<String, String> replicaValues) {
        this.masterValues = masterValues;
        this.replicaValues = replicaValues;
    }

    /** No variable: for a command not taken from a running master. */
    static OptionVariables none() {
        return NONE;
    }

    /** The variables of {@code environment} (the master's), and what they must become for a replica. */
    static OptionVariables of(Map<String, String> environment) {
        Map<String, String> masterValues = new LinkedHashMap<>();
        Map<String, String> replicaValues = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = environment.get(name);
            if (value == null) {
                continue;
            }
            masterValues.put(name, value);
            String kept = withoutMasterOnly(value);
            if (!kept.equals(value)) {
                replicaValues.put(name, kept.isEmpty() ? null : kept);
            }
        }
        return masterValues.isEmpty() ? NONE : new OptionVariables(masterValues, replicaValues);
    }

    /** The options the master's variable {@code name} gives the JVM, as the JVM reads them (unquoted). */
    List<String> options(String name) {
        String value = masterValues.get(name);
        List<Option> options = value == null ? null : split(value);
        if (options == null) {
            return List.of();
        }
        List<String> unquoted = new ArrayList<>(options.size());
        for (Option option : options) {
            unquoted.add(option.unquoted());
        }
        return unquoted;
    }

    /** Sets the replica's values into the environment of the process about to be started. */
    void applyTo(Map<String, String> environment) {
        replicaValues.forEach((name, value) -> {
            if (value == null) {
                environment.remove(name);
            } else {
                environment.put(name, value);
            }
        });
    }

    /** The replica's options that carry the real values of the variables it is started with changed. */
    List<String> replicaOptions() {
        List<String> options = new ArrayList<>(replicaValues.size());
        for (String name : replicaValues.keySet()) {
            options.add("-D" + PROPERTY_PREFIX + name + "=" + masterValues.get(name));
        }
        return options;
    }

    /**
     * In a replica: the real values the master passed ({@link #replicaOptions}), removed from
     * {@code properties} so that the program does not see them.
     */
    public static Map<String, String> takeRealValues(Properties properties) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : NAMES) {
            Object value = properties.remove(PROPERTY_PREFIX + name);
            if (value instanceof String) {
                values.put(name, (String) value);
            }
        }
        return values;
    }

    /**
     * {@code value} without its master-only options, the others as written (quotes included), one space
     * apart; {@code value} itself when it has none.
     */
    static String withoutMasterOnly(String value) {
        List<Option> options = split(value);
        if (options == null || options.stream().noneMatch(o -> ReplicaCommand.masterOnly(o.unquoted()))) {
            return value;
        }
        List<String> kept = new ArrayList<>();
        for (Option option : options) {
            if (!ReplicaCommand.masterOnly(option.unquoted())) {
                kept.add(option.written());
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The options of {@code value}, split the way the launcher and the JVM split them: at white space outside
     * single or double quotes, which group and are not part of the option. Null for an unterminated quote,
     * which the launcher refuses itself (in the master first).
     */
    private static List<Option> split(String value) {
        List<Option> options = new ArrayList<>();
        StringBuilder written = new StringBuilder();
        StringBuilder unquoted = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote == 0 && isSpace(c)) {
                if (written.length() > 0) {
                    options.add(new Option(written.toString(), unquoted.toString()));
                }
                written.setLength(0);
                unquoted.setLength(0);
                continue;
            }
            written.append(c);
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else {
                unquoted.append(c);
            }
        }
        if (quote != 0) {
            return null;
        }
        if (written.length() > 0) {
            options.add(new Option(written.toString(), unquoted.toString()));
        }
        return options;
    }

    /** One option: as written in the variable, and as the JVM reads it. */
    private record Option(String written, String unquoted) {
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
