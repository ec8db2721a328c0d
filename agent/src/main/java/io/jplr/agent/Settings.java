package io.jplr.agent;

import io.jplr.replica.CpuPlacement;
import io.jplr.replica.RunOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final List<String> KEYS =
            List.of("mode", "replicas", "onDivergence", "replayLog", "timeout", "cpus", "report", "quiet", "debug",
                    "faultInjection", "mapBatch");
    private static final long MIN_TIMEOUT_MILLIS = 100;

    private final Mode mode;
    private final int replicas;
    private final Fault fault;

    private Settings(Mode mode, int replicas, Fault fault) {
        this.mode = mode;
        this.replicas = replicas;
        this.fault = fault;
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

    /**
     * {@code plr.faultInjection=true}: the {@code io.jplr:type=FaultInjector} MXBean exists (in the master, or
     * in the one JVM when off) and replicas count backward branches for register faults.
     */
    public boolean faultInjection() {
        return fault.faultInjection;
    }

    /**
     * {@code plr.mapBatch} (default true): a thread's consecutive writes into a mapped file go to the master
     * as one output, when the thread next reads a mapping or calls out; false sends every write on its own.
     */
    public boolean batchMappedWrites() {
        return fault.batchMappedWrites;
    }

    /** What the master needs: the mode and every fault-tolerance setting. */
    public RunOptions runOptions() {
        return new RunOptions(mode.toString(), replicas, quorum(), fault.stopOnDivergence, fault.replayLogBytes,
                fault.timeoutMillis, fault.cpus, fault.report, fault.quiet, fault.debugReplica);
    }

    public static Settings resolve(String agentArguments, Properties properties, Map<String, String> environment)
            throws SettingsException {
        Map<String, Value> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : environment.entrySet()) {
            if (entry.getKey().startsWith(ENVIRONMENT_PREFIX)) {
                // PLR_ON_DIVERGENCE and PLR_ONDIVERGENCE both name plr.onDivergence.
                String key = entry.getKey().substring(ENVIRONMENT_PREFIX.length()).replace("_", "");
                put(values, key, entry.getValue(), "environment variable " + entry.getKey());
            }
        }
        for (String argument : joinListValues(splitAgentArguments(agentArguments))) {
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

    /**
     * Agent arguments are separated by commas, and so are CPUs ({@code cpus=0,2,4}): a piece without '=' that
     * follows a {@code cpus} argument continues its list.
     */
    private static List<String> joinListValues(List<String> pieces) {
        List<String> arguments = new ArrayList<>();
        for (String piece : pieces) {
            int last = arguments.size() - 1;
            if (piece.indexOf('=') < 0 && last >= 0 && arguments.get(last).matches("(plr\\.)?cpus=.*")) {
                arguments.set(last, arguments.get(last) + "," + piece);
            } else {
                arguments.add(piece);
            }
        }
        return arguments;
    }

    private static void put(Map<String, Value> values, String name, String value, String source)
            throws SettingsException {
        String key = KEYS.stream().filter(known -> known.equalsIgnoreCase(name)).findFirst()
                .orElse(name.toLowerCase(Locale.ROOT));
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
        int count = switch (mode) {
            case OFF -> 0;
            case DMR -> 2;
            case TMR -> replicas == null ? 3 : replicas;
        };
        Fault fault = Fault.validate(values, count);
        switch (mode) {
            case OFF:
                return new Settings(mode, 0, fault);
            case DMR:
                if (replicas != null && replicas != 2) {
                    throw new SettingsException("invalid plr.replicas '" + replicasValue.text + "' (from "
                            + replicasValue.source + "): DMR runs exactly 2 replicas; use plr.mode=TMR for "
                            + "N-modular redundancy");
                }
                return new Settings(mode, 2, fault);
            default:
                if (replicas != null && replicas % 2 == 0) {
                    throw new SettingsException("invalid plr.replicas '" + replicasValue.text + "' (from "
                            + replicasValue.source + "): TMR needs an odd number from 3 to " + MAX_REPLICAS
                            + " so that a majority exists");
                }
                return new Settings(mode, count, fault);
        }
    }

    private record Value(String text, String source) {
        SettingsException invalid(String key, String allowed) {
            return new SettingsException("invalid plr." + key + " '" + text + "' (from " + source + "): " + allowed);
        }
    }

    /** The fault-tolerance settings: what happens on a divergence, and the bounds of detection and recovery. */
    private record Fault(boolean stopOnDivergence, long replayLogBytes, long timeoutMillis, int[] cpus, Path report,
            boolean quiet, int debugReplica, boolean faultInjection, boolean batchMappedWrites) {

        static Fault validate(Map<String, Value> values, int replicas) throws SettingsException {
            boolean stop = false;
            Value policy = values.get("onDivergence");
            if (policy != null) {
                String text = policy.text.toLowerCase(Locale.ROOT);
                if (!text.equals("stop") && !text.equals("recover")) {
                    throw policy.invalid("onDivergence", "allowed values are recover (replace the faulty replica) "
                            + "and stop (end the run at the first fault)");
                }
                stop = text.equals("stop");
            }
            // The log lives in the master's heap: by default at most a quarter of it.
            long replayLog = Math.min(RunOptions.DEFAULT_REPLAY_LOG_BYTES, Runtime.getRuntime().maxMemory() / 4);
            Value log = values.get("replayLog");
            if (log != null) {
                replayLog = bytes(log);
            }
            long timeout = RunOptions.DEFAULT_TIMEOUT_MILLIS;
            Value timeoutValue = values.get("timeout");
            if (timeoutValue != null) {
                timeout = millis(timeoutValue);
            }
            int[] cpus = null;
            Value cpusValue = values.get("cpus");
            if (cpusValue != null) {
                cpus = cpus(cpusValue, replicas);
            }
            Path report = null;
            Value reportValue = values.get("report");
            if (reportValue != null) {
                report = report(reportValue);
            }
            boolean quiet = flag(values, "quiet");
            boolean faultInjection = flag(values, "faultInjection");
            boolean batchMappedWrites = flag(values, "mapBatch", true);
            int debug = -1;
            Value debugValue = values.get("debug");
            if (debugValue != null) {
                debug = debugReplica(debugValue, replicas);
            }
            return new Fault(stop, replayLog, timeout, cpus, report, quiet, debug, faultInjection,
                    batchMappedWrites);
        }

        /** A true/false setting, false when absent. */
        private static boolean flag(Map<String, Value> values, String key) throws SettingsException {
            return flag(values, key, false);
        }

        private static boolean flag(Map<String, Value> values, String key, boolean absent) throws SettingsException {
            Value value = values.get(key);
            if (value == null) {
                return absent;
            }
            String text = value.text.toLowerCase(Locale.ROOT);
            if (!text.equals("true") && !text.equals("false")) {
                throw value.invalid(key, "allowed values are true and false");
            }
            return text.equals("true");
        }

        /** A byte count: digits with an optional k, m or g (KiB, MiB, GiB). */
        private static long bytes(Value value) throws SettingsException {
            String text = value.text.toLowerCase(Locale.ROOT);
            int shift = 0;
            if (text.endsWith("k") || text.endsWith("m") || text.endsWith("g")) {
                shift = switch (text.charAt(text.length() - 1)) {
                    case 'k' -> 10;
                    case 'm' -> 20;
                    default -> 30;
                };
                text = text.substring(0, text.length() - 1);
            }
            try {
                long number = Long.parseLong(text);
                if (number >= 0 && number <= (Long.MAX_VALUE >> shift) && text.matches("[0-9]+")) {
                    return number << shift;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw value.invalid("replayLog", "a size in bytes, with an optional k, m or g suffix (e.g. 512m)");
        }

        /** A duration: digits with ms or s. */
        private static long millis(Value value) throws SettingsException {
            String text = value.text.toLowerCase(Locale.ROOT);
            long factor = text.endsWith("ms") ? 1 : text.endsWith("s") ? 1000 : 0;
            String digits = factor == 0 ? "" : text.substring(0, text.length() - (factor == 1 ? 2 : 1));
            if (digits.matches("[0-9]{1,9}")) {
                long millis = Long.parseLong(digits) * factor;
                if (millis >= MIN_TIMEOUT_MILLIS) {
                    return millis;
                }
            }
            throw value.invalid("timeout", "a duration of at least " + MIN_TIMEOUT_MILLIS + "ms, in ms or s "
                    + "(e.g. 500ms, 5s)");
        }

        private static int[] cpus(Value value, int replicas) throws SettingsException {
            int[] cpus;
            try {
                cpus = CpuPlacement.parseList(value.text);
            } catch (IllegalArgumentException e) {
                throw value.invalid("cpus", "a list of CPU numbers and ranges, e.g. 0,2,4-6");
            }
            String allowedList = CpuPlacement.allowedCpus(ProcessHandle.current().pid());
            if (!allowedList.isEmpty()) {
                int[] allowed = CpuPlacement.parseList(allowedList);
                for (int cpu : cpus) {
                    if (Arrays.binarySearch(allowed, cpu) < 0) {
                        throw value.invalid("cpus", "CPU " + cpu + " is not one this process may run on ("
                                + allowedList + ")");
                    }
                }
            }
            return cpus;
        }

        private static Path report(Value value) throws SettingsException {
            if (value.text.isEmpty()) {
                throw value.invalid("report", "the path of a file to append the JSON Lines report to");
            }
            Path path = Path.of(value.text).toAbsolutePath();
            Path parent = path.getParent();
            if (parent == null || !Files.isDirectory(parent)) {
                throw value.invalid("report", "its directory " + parent + " does not exist");
            }
            if (Files.isDirectory(path)) {
                throw value.invalid("report", "it is a directory; name a file");
            }
            return path;
        }

        private static int debugReplica(Value value, int replicas) throws SettingsException {
            try {
                int index = Integer.parseInt(value.text);
                if (index >= 0 && (replicas == 0 || index < replicas)) {
                    return index;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw value.invalid("debug", "the index of a replica, from 0 to " + Math.max(0, replicas - 1));
        }
    }
}
