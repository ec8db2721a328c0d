import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * jPLR's benchmark harness (run it with bench/run). For each workload it runs native, agent off, DMR and
 * TMR in alternation (A B C D A B C D ...), so that a noisy, shared machine slows every mode alike, and
 * reports medians of: wall time; CPU time of all processes (the master's and every replica's, from
 * /usr/bin/time, which counts reaped children); peak resident memory summed over the process tree
 * (sampled from /proc every 10 ms); the ratio to native; and the ratio to the core bound
 * {@code native x max(1, N / cores)}, since N replicas cannot finish faster than the cores allow.
 *
 * <p>Prints a Markdown report (also to --markdown FILE) and writes an SVG chart (--svg, default
 * bench/overhead.svg). A single-file program on purpose: it needs nothing but a
 * JDK and /usr/bin/time.
 */
public final class Bench {
    /** The modes measured; --fault-injection adds "TMR+fi", TMR with plr.faultInjection=true. */
    private static List<String> MODES = List.of("native", "off", "DMR", "TMR");
    private static final String FAULT_INJECTION = "+fi";
    private static final Path AGENT = Path.of("agent/target/jplr-agent.jar");
    private static final Path SAMPLES = Path.of("samples/target/jplr-samples.jar");

    private record Workload(String label, List<String> arguments) {
    }

    private record Measurement(double wall, double cpu, double peakRssMiB, String stdout) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path markdown = null;
        Path svg = Path.of("bench/overhead.svg");
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--java" -> java = args[++i];
                case "--markdown" -> markdown = Path.of(args[++i]);
                case "--svg" -> svg = Path.of(args[++i]);
                case "--fault-injection" -> MODES = List.of("native", "off", "DMR", "TMR", "TMR" + FAULT_INJECTION);
                default -> selected.add(args[i]);
            }
        }
        List<Workload> workloads = workloads(java, selected);
        int cores = Runtime.getRuntime().availableProcessors();
        Map<String, Map<String, List<Measurement>>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Workload workload : workloads) {
                for (String mode : MODES) {
                    Measurement m = measure(java, mode, workload);
                    results.computeIfAbsent(workload.label(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(mode, k -> new ArrayList<>()).add(m);
                }
                System.err.printf(Locale.ROOT, "round %d/%d %s%n", round, rounds, workload.label());
            }
        }
        String version = run(List.of(java, "-version")).lines().findFirst().orElse("java");
        String report = report(results, cores, rounds, version);
        if (markdown != null) {
            Files.writeString(markdown, report);
        }
        Files.writeString(svg, chart(results, cores));
        System.out.print(report);
    }

    /** The start-up, call-heavy, file I/O and task-heavy probes, and every workload sample at size large. */
    private static List<Workload> workloads(String java, List<String> selected) throws Exception {
        List<Workload> all = new ArrayList<>();
        all.add(new Workload("start-up probe (samples list)", List.of("list")));
        all.add(new Workload("call-heavy probe (clock small)", List.of("clock", "small")));
        all.add(new Workload("file I/O probe (files large: 64 MiB written and read in 8 KiB calls)",
                List.of("files", "large")));
        all.add(new Workload("task-heavy probe (tasks large: 262,144 fork-join tasks, 60,000 future stages)",
                List.of("tasks", "large")));
        for (String line : run(List.of(java, "-jar", SAMPLES.toString(), "list")).split("\n")) {
            String[] fields = line.split(" ", 3);
            if (fields.length == 3 && !fields[1].equals("io")) {
                all.add(new Workload(fields[0] + " large (" + fields[1] + ")", List.of(fields[0], "large")));
            }
        }
        if (selected.isEmpty()) {
            return all;
        }
        List<Workload> chosen = new ArrayList<>();
        for (Workload workload : all) {
            if (selected.stream().anyMatch(s -> workload.label().startsWith(s))) {
                chosen.add(workload);
            }
        }
        return chosen;
    }

    private static Measurement measure(String java, String mode, Workload workload) throws Exception {
        Path timing = Files.createTempFile("bench", ".time");
        Path output = Files.createTempFile("bench", ".out");
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%e %U %S",
                java));
        if (!mode.equals("native")) {
            command.add("-javaagent:" + AGENT);
            command.add("-Dplr.mode=" + mode.replace(FAULT_INJECTION, ""));
            if (mode.endsWith(FAULT_INJECTION)) {
                command.add("-Dplr.faultInjection=true");
            }
        }
        command.add("-jar");
        command.add(SAMPLES.toString());
        command.addAll(workload.arguments());
        Process process = new ProcessBuilder(command)
                .redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        long peakKiB = 0;
        while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
            long sum = process.descendants().mapToLong(p -> residentKiB(p.pid())).sum();
            peakKiB = Math.max(peakKiB, sum);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue());
        }
        String[] fields = Files.readString(timing).trim().lines().reduce((a, b) -> b).orElse("0 0 0").split(" ");
        String stdout = Files.readString(output);
        Files.delete(timing);
        Files.delete(output);
        return new Measurement(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]) + Double.parseDouble(fields[2]),
                peakKiB / 1024.0, stdout);
    }

    private static long residentKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // The process ended between listing and reading.
        }
        return 0;
    }

    private static int replicas(String mode) {
        return switch (mode) {
            case "DMR" -> 2;
            case "TMR", "TMR" + FAULT_INJECTION -> 3;
            default -> 1;
        };
    }

    private static double median(List<Measurement> measurements, java.util.function.ToDoubleFunction<Measurement> f) {
        double[] values = measurements.stream().mapToDouble(f).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static double coreBound(double nativeWall, String mode, int cores) {
        return nativeWall * Math.max(1.0, (double) replicas(mode) / cores);
    }

    private static String report(Map<String, Map<String, List<Measurement>>> results, int cores, int rounds,
            String version) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s, %d cores, medians of %d rounds%n%n", version, cores, rounds));
        out.append("| workload | mode | wall s | CPU s | peak RSS MiB | wall / native | wall / core bound |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Map.Entry<String, Map<String, List<Measurement>>> workload : results.entrySet()) {
            double nativeWall = median(workload.getValue().get("native"), Measurement::wall);
            for (String mode : MODES) {
                List<Measurement> runs = workload.getValue().get(mode);
                double wall = median(runs, Measurement::wall);
                out.append(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.0f | %.2f | %.2f |%n",
                        workload.getKey(), mode, wall, median(runs, Measurement::cpu),
                        median(runs, Measurement::peakRssMiB), wall / nativeWall,
                        wall / coreBound(nativeWall, mode, cores)));
            }
        }
        for (Map.Entry<String, Map<String, List<Measurement>>> workload : results.entrySet()) {
            if (!workload.getKey().startsWith("call-heavy")) {
                continue;
            }
            out.append("\n| round trip of one replicated input call (clock probe) | median ns per System.nanoTime() |\n");
            out.append("|---|---|\n");
            for (String mode : MODES) {
                double[] perRead = workload.getValue().get(mode).stream()
                        .mapToDouble(m -> Double.parseDouble(m.stdout().lines()
                                .filter(l -> l.startsWith("median ns per read:")).findFirst()
                                .orElse(": NaN").split(": ")[1]))
                        .sorted().toArray();
                out.append(String.format(Locale.ROOT, "| %s | %.1f |%n", mode, perRead[perRead.length / 2]));
            }
        }
        return out.toString();
    }

    /** Horizontal bars: wall time relative to native per workload, for off, DMR and TMR, and the core bound. */
    private static String chart(Map<String, Map<String, List<Measurement>>> results, int cores) {
        String[] colors = {"#999999", "#4477aa", "#cc6677"};
        List<String> modes = MODES.subList(1, 4);
        int rowHeight = 14;
        int groupHeight = rowHeight * modes.size() + 10;
        int left = 260;
        int width = 820;
        double maxRatio = 1;
        for (Map<String, List<Measurement>> byMode : results.values()) {
            double nativeWall = median(byMode.get("native"), Measurement::wall);
            for (String mode : modes) {
                maxRatio = Math.max(maxRatio, median(byMode.get(mode), Measurement::wall) / nativeWall);
            }
        }
        double scale = (width - left - 60) / Math.ceil(maxRatio);
        int height = 40 + groupHeight * results.size() + 30;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n",
                width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        svg.append("<text x=\"10\" y=\"18\" font-size=\"13\">Wall time relative to native (1.0); tick marks: core bound of DMR and TMR on "
                + cores + " cores</text>\n");
        for (int i = 0; i < modes.size(); i++) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"26\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"35\">%s</text>%n",
                    left + i * 80, colors[i], left + i * 80 + 14, modes.get(i)));
        }
        int y = 44;
        for (Map.Entry<String, Map<String, List<Measurement>>> workload : results.entrySet()) {
            double nativeWall = median(workload.getValue().get("native"), Measurement::wall);
            svg.append(String.format(Locale.ROOT, "<text x=\"10\" y=\"%d\">%s</text>%n", y + rowHeight + 4,
                    escape(workload.getKey())));
            for (int i = 0; i < modes.size(); i++) {
                String mode = modes.get(i);
                double ratio = median(workload.getValue().get(mode), Measurement::wall) / nativeWall;
                int barY = y + i * rowHeight;
                svg.append(String.format(Locale.ROOT,
                        "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/><text x=\"%.1f\" y=\"%d\">%.2f</text>%n",
                        left, barY, ratio * scale, rowHeight - 2, colors[i], left + ratio * scale + 4,
                        barY + rowHeight - 3, ratio));
                if (!mode.equals("off")) {
                    double bound = coreBound(nativeWall, mode, cores) / nativeWall;
                    svg.append(String.format(Locale.ROOT,
                            "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"black\" stroke-width=\"2\"/>%n",
                            left + bound * scale, barY - 1, left + bound * scale, barY + rowHeight - 1));
                }
            }
            y += groupHeight;
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"40\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                left, left, y));
        int step = maxRatio <= 10 ? 1 : maxRatio <= 50 ? 5 : 10;
        for (int tick = 0; tick <= Math.ceil(maxRatio); tick += step) {
            double x = left + tick * scale;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/><text x=\"%.1f\" y=\"%d\">%dx</text>%n",
                    x, 40, x, y, x - 6, y + 14, tick));
        }
        svg.append("</svg>\n");
        return svg.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        process.waitFor();
        return new String(out, StandardCharsets.UTF_8);
    }

    private Bench() {
    }
}
