package io.jplr.replica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's argument files. The expected values come from the real java launcher: each case is run through
 * it ({@link ArgumentsProbe} prints what it received) and through {@link ArgumentFiles}, and the two must agree.
 */
class ArgumentFilesTest {
    private static final Path CLASSES = Path.of(ArgumentsProbe.class.getProtectionDomain().getCodeSource()
            .getLocation().getPath());
    private static final String PROBE = ArgumentsProbe.class.getName();

    @TempDir
    Path directory;

    @Test
    void quotesEscapesCommentsAndLineJoinsAsTheLauncherReadsThem() throws Exception {
        write("options", ""
                + "# a comment line\n"
                + "  -Dprobe.spaced=\"a b\"\t-Dprobe.single='it \"is\"'  # a comment after an option\n"
                + "-Dprobe.escapes=\"tab\\there, nl\\nhere, cr\\r, ff\\f, q\\q, back\\\\slash\"\r\n"
                + "-Dprobe.outside=C:\\dir\\file\f-Dprobe.joined=\"first \\\n      second\"\n"
                + "-Dprobe.mixed=a\"b c\"d'e f'g -Dprobe.unicode=Grüße\n"
                + "-Dprobe.lost=abc#def\n"
                + "-Dprobe.empty=\"\"\n");
        agree(List.of("@options", "-cp", CLASSES.toString(), PROBE, "x", "@options", "@@y"));
    }

    @Test
    void whatIsRunAndItsArgumentsMayComeFromAFileAndLaterFilesAreTheProgramsArguments() throws Exception {
        write("program", "-cp " + CLASSES + "\n" + PROBE + " \"two words\" '' \"\"\n@@literal\n'un\"terminated");
        agree(List.of("@program", "@program", "last"));
    }

    @Test
    void anEscapedAtAndALoneAtBeforeWhatIsRun() throws Exception {
        Files.createDirectory(directory.resolve("@odd"));
        agree(List.of("-Dprobe.a=1", "-cp", "@@odd:" + CLASSES, PROBE, "@", "@@"));
        write("empty", "");
        write("comments", "# nothing but\n#comments");
        agree(List.of("@empty", "@comments", "-cp", CLASSES.toString(), PROBE));
    }

    @Test
    void aFileEndingInAnEmptyQuoteOrAnEscapeHasNoLastArgument() throws Exception {
        write("ends", "-cp " + CLASSES + " " + PROBE + " a \"b\\\n\"");
        agree(List.of("@ends"));
        write("ends2", "-cp " + CLASSES + " " + PROBE + " a \"\"");
        agree(List.of("@ends2"));
    }

    @Test
    void theModuleOrJarOptionsValueIsWhatIsRun() {
        List<String> expanded = List.of("-jar", "@app.jar", "@x");
        assertEquals(List.of("-jar", "@@app.jar", "@x"), ArgumentFiles.escape(expanded));
        assertEquals(List.of("-m", "@@mod/Main", "@x"), ArgumentFiles.escape(List.of("-m", "@mod/Main", "@x")));
        assertEquals(List.of("--module=m/Main", "@x"), ArgumentFiles.escape(List.of("--module=m/Main", "@x")));
        assertEquals(List.of("-cp", "@@c", "Main", "@x"), ArgumentFiles.escape(List.of("-cp", "@c", "Main", "@x")));
    }

    @Test
    void aFileThatCannotBeReadIsNamed() {
        IOException e = assertThrows(IOException.class,
                () -> ArgumentFiles.expand(List.of("-Da=1", "@missing", "Main"), directory, UTF_8));
        assertTrue(e.getMessage().startsWith("cannot read the argument file @missing the JVM was started with: "),
                e.getMessage());
        assertEquals(List.of("Main", "@missing"),
                assertDoesNotThrowExpand(List.of("Main", "@missing")), "after what is run, nothing is a file");
    }

    private List<String> assertDoesNotThrowExpand(List<String> arguments) {
        try {
            return ArgumentFiles.expand(arguments, directory, UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(directory.resolve(name), content, UTF_8);
    }

    /**
     * The launcher given {@code arguments} and the launcher given their expansion (escaped) run the probe alike,
     * and the expansion holds what the probe printed.
     */
    private void agree(List<String> arguments) throws Exception {
        List<String> expanded = ArgumentFiles.expand(arguments, directory, UTF_8);
        List<String> launched = probe(arguments);
        assertEquals(launched, probe(ArgumentFiles.escape(expanded)), "the expansion, given to a launcher");
        assertEquals(launched, described(expanded), "the expansion itself: " + expanded);
    }

    /** What the probe would print for these expanded arguments: its -Dprobe options, class path, arguments. */
    private static List<String> described(List<String> expanded) {
        List<String> lines = new ArrayList<>();
        String classPath = null;
        int at = 0;
        for (; at < expanded.size(); at++) {
            String argument = expanded.get(at);
            if (argument.equals("-cp")) {
                classPath = expanded.get(++at);
            } else if (argument.startsWith("-Dprobe.")) {
                lines.add("option " + ArgumentsProbe.visible(argument));
            } else if (!argument.startsWith("-")) {
                break;
            }
        }
        lines.add("classpath " + ArgumentsProbe.visible(classPath));
        for (String argument : expanded.subList(at + 1, expanded.size())) {
            lines.add("argument " + ArgumentsProbe.visible(argument));
        }
        return lines;
    }

    private List<String> probe(List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xshare:auto");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().remove("_JAVA_OPTIONS");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        String text = new String(out, UTF_8);
        assertEquals(0, process.exitValue(), text);
        return text.lines().toList();
    }
}
