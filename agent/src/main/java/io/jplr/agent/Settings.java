package io.jplr.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The run's settings, from three sources, highest precedence first:
 * <ol>
 *   <li>system properties {@code -Dplr.KEY=VALUE};</li>
 *   <li>agent arguments {@code -javaagent:jplr-agent.jar=KEY=VALUE,KEY=VALUE};</li>
 *   <li>environment variables {@code PLR_KEY=VALUE}.</li>
 * </ol>
 * A key no source may carry, or a value outside what the key allows, is an error: a misspelt setting must
 * never silently leave a program unprotected.
 */
public final class Settings {
    public static final int MAX_REPLICAS = 15;

    private static final String PROPERTY_PREFIX = "plr.";
    private static final String ENVIRONMENT_PREFIX = "PLR_";
    private static final List<String> KEYS = List.of("mode", "replicas");

    private final Mode mode;
    private final int replicas;

    private Settings(Mode mode, int replicas) {
        this.mode = mode;
        this.replicas = replicas;
    }

    public Mode mode() {
        return mode;
    }

    /** How many replica JVMs run: 2 for DMR, an odd number >= 3 for TMR, 0 when off. */
    public int replicas() {
        return replicas;
    }

    /** How many identical votes decide a call: all of them under DMR, a majority otherwise. */
    public int quorum() {
        return replicas / 2 + 1;
    }

    public static Settings resolve(String agentArguments, Properties properties, Map<String, String> environment)
            throws SettingsException {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : environment.entrySet()) {
            if (entry.getKey().startsWith(ENVIRONMENT_PREFIX)) {
                String key = entry.getKey().substring(ENVIRONMENT_PREFIX.length()).toLowerCase(Locale.ROOT);
                put(values, key, entry.getValue(), "environment variable " + entry.getKey());
            }
        }
        for (String argument : splitAgentArguments(agentArguments)) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new SettingsException("agent argument '" + argument + "' is not KEY=VALUE (known keys: "
                        + String.join(", ", KEYS) + ")");
            }
            String key = argument.substring(0, equals).trim();
            if (key.startsWith(PROPERTY_PREFIX)) {
                key = key.substring(PROPERTY_PREFIX.length());
            }
            put(values, key, argument.substring(equals + 1).trim(), "agent argument " + key);
        }
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PROPERTY_PREFIX)) {
                put(values, name.substring(PROPERTY_PREFIX.length()), properties.getProperty(name), "-D" + name);
            }
        }
        return validate(values);
    }

    private static List<String> splitAgentArguments(String agentArguments) {
        List<String> arguments = new ArrayList<>();
        if (agentArguments == null) {
            return arguments;
        }
        for (String argument : agentArguments.split(",")) {
            if (!argument.isBlank()) {
                arguments.add(argument.trim());
            }
        }
        return arguments;
    }

    private static void put(Map<String, Value> values, String key, String value, String source)
            throws SettingsException {
        if (!KEYS.contains(key)) {
            throw new SettingsException("unknown setting plr." + key + " (from " + source + "); known settings: "
                    + "plr." + String.join(", plr.", KEYS));
        }
        values.put(key, new Value(value.trim(), source));
    }

    private static Settings validate(Map<String, Value> values) throws SettingsException {
        Mode mode = Mode.TMR;
        Value modeValue = values.get("mode");
        if (modeValue != null) {
            mode = Mode.parse(modeValue.text);
            if (mode == null) {
                throw new SettingsException("invalid plr.mode '" + modeValue.text + "' (from " + modeValue.source
                        + "): allowed values are off, DMR, TMR");
            }
        }
        Value replicasValue = values.get("replicas");
        Integer replicas = null;
        if (replicasValue != null) {
            try {
                replicas = Integer.valueOf(replicasValue.text);
            } catch (NumberFormatException e) {
                replicas = -1;
            }
            if (replicas < 2 || replicas > MAX_REPLICAS) {
                throw new SettingsException("invalid plr.replicas '" + replicasValue.text + "' (from "
                        + replicasValue.source + "): allowed values are 2 with DMR, or an odd number from 3 to "
                        + MAX_REPLICAS + " with TMR");
            }
        }
        switch (mode) {
            case OFF:
                return new Settings(mode, 0);
            case DMR:
                if (replicas != null && replicas != 2) {
                    throw new SettingsException("invalid plr.replicas '" + replicasValue.text + "' (from "
                            + replicasValue.source + "): DMR runs exactly 2 replicas; use plr.mode=TMR for "
                            + "N-modular redundancy");
                }
                return new Settings(mode, 2);
            default:
                if (replicas != null && replicas % 2 == 0) {
                    throw new SettingsException("invalid plr.replicas '" + replicasValue.text + "' (from "
                            + replicasValue.source + "): TMR needs an odd number from 3 to " + MAX_REPLICAS
                            + " so that a majority exists");
                }
                return new Settings(mode, replicas == null ? 3 : replicas);
        }
    }

    private record Value(String text, String source) {
    }
}
