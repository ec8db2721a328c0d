package io.jplr.faultinjector.tool;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the jars a campaign runs (the agent, the samples): where the user said, or else at their place in a
 * jPLR checkout, seen from the current directory or from this tool's own jar ({@code fault-injector/target}).
 */
final class JarLocator {
    private final Path workingDirectory;
    private final Optional<Path> toolDirectory;

    JarLocator(Path workingDirectory, Optional<Path> toolDirectory) {
        this.workingDirectory = workingDirectory;
        this.toolDirectory = toolDirectory;
    }

    /** Looks from the current directory and from the directory of the jar (or class directory) this runs from. */
    static JarLocator forThisTool() {
        return new JarLocator(Path.of("").toAbsolutePath(), codeDirectory());
    }

    /**
     * @param given       the path from the command line, or null
     * @param checkoutPath where the jar lies in a jPLR checkout, e.g. {@code agent/target/jplr-agent.jar}
     * @param what        what the jar is, for the message
     * @param option      the option that names it, for the message
     */
    Path locate(Path given, String checkoutPath, String what, String option) {
        if (given != null) {
            Path path = workingDirectory.resolve(given).normalize();
            if (!Files.isRegularFile(path)) {
                throw new ToolFailure(what + " not found: " + path);
            }
            return path;
        }
        Set<Path> candidates = new LinkedHashSet<>();
        candidates.add(workingDirectory.resolve(checkoutPath).normalize());
        toolDirectory.ifPresent(dir -> candidates.add(dir.resolve("../..").resolve(checkoutPath).normalize()));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        List<String> tried = new ArrayList<>();
        candidates.forEach(candidate -> tried.add(candidate.toString()));
        throw new ToolFailure(what + " not found (looked for " + tried.stream().collect(Collectors.joining(", "))
                + "): build it, or give " + option);
    }

    private static Optional<Path> codeDirectory() {
        try {
            CodeSource source = JarLocator.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.of(Files.isRegularFile(location) ? location.getParent() : location);
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
