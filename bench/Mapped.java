import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cost of one access to a memory-mapped file (bench/run --mapped): the mapped-access sample reads or
 * writes COUNT longs of a 1 MiB mapping, natively, under TMR with every write sent on its own
 * (plr.mapBatch=false), and under TMR with writes batched (the default). Each configuration also runs with
 * COUNT 0, and the cost per access is the difference of the median wall times divided by COUNT, so start-up
 * and mapping are not counted. Configurations alternate within each round, so a noisy machine slows them
 * alike. Prints a Markdown table.
 */
public final class Mapped {
    private static final Path AGENT = Path.of("agent/target/jplr-agent.jar");
    private static final Path SAMPLES = Path.of("samples/target/jplr-samples.jar");

    /** A way to run the sample, and how many accesses make its run long enough to measure. */
    private record Configuration(String label, List<String> options, long reads, long writes) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Configuration> configurations = List.of(
                new Configuration("native", List.of(), 400_000_000, 400_000_000),
                new Configuration("TMR, no batching (plr.mapBatch=false)",
                        List.of("-javaagent:" + AGENT, "-Dplr.mode=TMR", "-Dplr.mapBatch=false"), 200_000, 200_000),
                new Configuration("TMR, batched writes (default)",
                        List.of("-javaagent:" + AGENT, "-Dplr.mode=TMR"), 200_000, 4_000_000));
        Map<String, List<Double>> walls = new LinkedHashMap<>();
        Path file = Files.createTempFile("mapped", ".bin");
        for (int round = 1; round <= rounds; round++) {
            for (Configuration configuration : configurations) {
                for (String kind : List.of("reads", "writes")) {
                    long count = kind.equals("reads") ? configuration.reads() : configuration.writes();
                    for (long n : new long[] {count, 0}) {
                        walls.computeIfAbsent(configuration.label() + "/" + kind + "/" + n, k -> new ArrayList<>())
                                .add(wall(java, configuration.options(), file, kind, n));
                    }
                }
            }
            System.err.printf(Locale.ROOT, "round %d/%d%n", round, rounds);
        }
        Files.deleteIfExists(file);
        String version = new String(new ProcessBuilder(java, "-version").redirectErrorStream(true).start()
                .getInputStream().readAllBytes()).lines().findFirst().orElse("java");
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s, %d CPUs, median of %d rounds%n%n", version,
                Runtime.getRuntime().availableProcessors(), rounds));
        out.append("| configuration | read: ns per access | read: x native | write: ns per access | write: x native |"
                + " accesses timed (reads / writes) |\n|---|---:|---:|---:|---:|---:|\n");
        double nativeRead = 0;
        double nativeWrite = 0;
        for (Configuration configuration : configurations) {
            double read = perAccess(walls, configuration, "reads", configuration.reads());
            double write = perAccess(walls, configuration, "writes", configuration.writes());
            if (configuration.options().isEmpty()) {
                nativeRead = read;
                nativeWrite = write;
            }
            out.append(String.format(Locale.ROOT, "| %s | %.1f | %s | %.1f | %s | %,d / %,d |%n", configuration.label(),
                    read, ratio(read, nativeRead), write, ratio(write, nativeWrite), configuration.reads(),
                    configuration.writes()));
        }
        System.out.print(out);
    }

    private static double perAccess(Map<String, List<Double>> walls, Configuration configuration, String kind,
            long count) {
        String prefix = configuration.label() + "/" + kind + "/";
        return (median(walls.get(prefix + count)) - median(walls.get(prefix + 0))) * 1e9 / count;
    }

    private static String ratio(double value, double reference) {
        return reference <= 0 ? "-" : String.format(Locale.ROOT, "%,.0f", value / reference);
    }

    private static double wall(String java, List<String> options, Path file, String kind, long count)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-jar", SAMPLES.toString(), "mapped-access", "small", file.toString(), kind,
                Long.toString(count)));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
