package io.jplr.faultinjector.tool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chart}: campaign summaries as one SVG, a bar per mode for each sample and model. */
@Command(name = "chart", mixinStandardHelpOptions = true,
        header = "Draws campaign summaries as an SVG chart of outcomes per sample, model and mode.",
        description = "Draws campaign summaries (campaign --json) as a self-contained SVG: for each sample and "
                + "fault model, a bar per mode (off, DMR, TMR) split into outcomes. Summaries of the same sample, "
                + "model and mode are added up.")
final class ChartCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE.svg", description = "The SVG file to write.")
    private Path out;

    @Option(names = "--markdown", paramLabel = "FILE.md",
            description = "Also writes the counts and shares as Markdown: totals per mode and model, then per sample.")
    private Path markdown;

    @Parameters(arity = "1..*", paramLabel = "SUMMARY.json", description = "Summaries written by campaign --json.")
    private List<Path> summaries;

    @Override
    public Integer call() throws IOException {
        List<CampaignSummary> parsed = new ArrayList<>();
        for (Path file : summaries) {
            parsed.add(read(file));
        }
        Files.writeString(out, OutcomeChart.svg(parsed), StandardCharsets.UTF_8);
        spec.commandLine().getOut().println("wrote " + out);
        if (markdown != null) {
            Files.writeString(markdown, OutcomeMarkdown.tables(parsed), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + markdown);
        }
        return 0;
    }

    private static CampaignSummary read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ToolFailure("cannot read " + file + ": " + InjectTool.describe(e));
        }
        try {
            return CampaignSummary.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ToolFailure(file + " is not a campaign summary: " + e.getMessage());
        }
    }
}
