import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a replacement needs to catch up, against how far the run had progressed (bench/run --recovery).
 * Each workload runs under TMR: once fault-free, then with replica 0 killed (SIGKILL) at a quarter, a half
 * and three quarters of the fault-free run's wall time. The report ({@code plr.report}) says when the
 * replacement started ({@code runMillis}, from the master's start), how long it took to rejoin
 * ({@code catchUpMillis}, JVM start included) and how many calls it was served from the replay log. A
 * replacement only catches up if the others leave it room: while they wait for the world (I/O, a paced
 * input), it replays from the log without waiting; a CPU-bound run gives it none, and it is still replaying
 * when the others end (the run does not wait for it).
 */
public final class Recovery {
    private static final Path AGENT = Path.of("agent/target/jplr-agent.jar");
    private static final Path SAMPLES = Path.of("samples/target/jplr-samples.jar");
    private static final double[] FRACTIONS = {0.25, 0.5, 0.75};
    private static final Pattern NUMBER = Pattern.compile("\"(runMillis|catchUpMillis|replayedCalls)\":(\\d+)");

    /** A sample's arguments, and how many stdin lines to feed it one every 5 ms (0: none). */
    private record Workload(String label, List<String> arguments, int pacedLines) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            }
        }
        List<Workload> workloads = List.of(
                new Workload("lines, 600 lines of paced stdin (an idle service)", List.of("lines"), 600),
                new Workload("files large (I/O-bound, 16,600 file calls)", List.of("files", "large"), 0),
                new Workload("sha large (CPU-bound)", List.of("sha", "large"), 0));
        StringBuilder table = new StringBuilder("| workload | killed at | replacement started at | caught up in "
                + "(each round) | calls replayed | run, fault-free | run, with the fault |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Workload workload : workloads) {
            for (double fraction : FRACTIONS) {
                List<Double> clean = new ArrayList<>();
                List<Double> faulty = new ArrayList<>();
                List<Long> started = new ArrayList<>();
                List<String> caughtUp = new ArrayList<>();
                List<String> replayed = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    double cleanWall = run(workload, -1, null).wall;
                    clean.add(cleanWall);
                    Path report = Files.createTempFile("recovery", ".jsonl");
                    faulty.add(run(workload, fraction * cleanWall, report).wall);
                    String text = Files.readString(report);
                    Files.delete(report);
                    started.add(field(text, "recovery", "runMillis"));
                    long millis = field(text, "rejoin", "catchUpMillis");
                    caughtUp.add(millis < 0 ? "-" : String.format(Locale.ROOT, "%.2f s", millis / 1000.0));
                    long calls = field(text, "rejoin", "replayedCalls");
                    replayed.add(calls < 0 ? "-" : Long.toString(calls));
                }
                String row = String.format(Locale.ROOT, "| %s | %.0f%% (%.2f s) | %.2f s | %s | %s | %.2f s | %.2f s |%n",
                        workload.label, fraction * 100, fraction * median(clean), median(started) / 1000.0,
                        String.join(" / ", caughtUp), String.join(" / ", replayed), median(clean), median(faulty));
                table.append(row);
                System.err.print(row);
            }
        }
        System.out.println(table);
        System.out.println("- : the replacement had not caught up when the others ended (the run does not wait for it).");
    }

    private static double median(List<? extends Number> values) {
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** A number of the report's first record of {@code event}, or -1. */
    private static long field(String report, String event, String name) {
        for (String line : report.lines().toList()) {
            if (!line.contains("\"event\":\"" + event + "\"")) {
                continue;
            }
            Matcher matcher = NUMBER.matcher(line);
            while (matcher.find()) {
                if (matcher.group(1).equals(name)) {
                    return Long.parseLong(matcher.group(2));
                }
            }
        }
        return -1;
    }

    private record Result(double wall) {
    }

    /** Runs the workload under TMR; kills replica 0 after {@code killAfter} seconds if that is not negative. */
    private static Result run(Workload workload, double killAfter, Path report) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-javaagent:" + AGENT, "-Dplr.mode=TMR"));
        if (report != null) {
            command.add("-Dplr.report=" + report);
        }
        command.add("-jar");
        command.add(SAMPLES.toString());
        command.addAll(workload.arguments);
        long start = System.nanoTime();
        Process master = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        Thread feeder = new Thread(() -> feed(master, workload.pacedLines));
        feeder.start();
        if (killAfter >= 0) {
            long deadline = start + (long) (killAfter * 1e9);
            while (System.nanoTime() < deadline && master.isAlive()) {
                Thread.sleep(5);
            }
            killSlot(master, 0);
        }
        int status = master.waitFor();
        feeder.join();
        if (status != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + status);
        }
        return new Result((System.nanoTime() - start) / 1e9);
    }

    private static void feed(Process master, int lines) {
        try (OutputStream in = master.getOutputStream()) {
            for (int i = 0; i < lines; i++) {
                in.write(("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
                in.flush();
                Thread.sleep(5);
            }
        } catch (IOException | InterruptedException ended) {
            // The run ended, or the test is over.
        }
    }

    private static void killSlot(Process master, int slot) throws IOException {
        for (ProcessHandle child : master.toHandle().children().toList()) {
            String cmdline = Files.readString(Path.of("/proc/" + child.pid() + "/cmdline")).replace('\0', ' ');
            if (cmdline.contains("-Djplr.replica=" + slot + ":")) {
                new ProcessBuilder("kill", "-KILL", Long.toString(child.pid())).start();
                return;
            }
        }
    }

    private Recovery() {
    }
}
