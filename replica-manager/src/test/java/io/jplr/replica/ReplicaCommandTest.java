package io.jplr.replica;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaCommandTest {
    /** A cmdline as the kernel writes it: every argument followed by NUL. */
    private static byte[] cmdline(String... argv) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String argument : argv) {
            bytes.writeBytes(argument.getBytes(UTF_8));
            bytes.write(0);
        }
        return bytes.toByteArray();
    }

    private static byte[] withoutLastByte(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, bytes.length - 1);
    }

    @Test
    void splitsAtNulWithTrailingNul() {
        byte[] raw = cmdline("java", "-cp", "app.jar", "Main");
        assertEquals(List.of("java", "-cp", "app.jar", "Main"), ReplicaCommand.split(raw, UTF_8));
    }

    @Test
    void splitsAtNulWithoutTrailingNul() {
        byte[] raw = withoutLastByte(cmdline("java", "-cp", "app.jar", "Main"));
        assertEquals(List.of("java", "-cp", "app.jar", "Main"), ReplicaCommand.split(raw, UTF_8));
        // A last argument of a single byte is still an argument.
        assertEquals(List.of("a", "b"), ReplicaCommand.split(new byte[] {'a', 0, 'b'}, UTF_8));
    }

    @Test
    void keepsEmptyArguments() {
        // java Main "" x "" : an empty argument is an argument the program sees.
        assertEquals(List.of("java", "Main", "", "x", ""),
                ReplicaCommand.split(cmdline("java", "Main", "", "x", ""), UTF_8));
        assertEquals(List.of("", "a"), ReplicaCommand.split(cmdline("", "a"), UTF_8));
    }

    @Test
    void emptyCmdlineHasNoArguments() {
        assertEquals(List.of(), ReplicaCommand.split(new byte[0], UTF_8));
    }

    @Test
    void decodesNonAsciiArgumentsInTheGivenCharset() {
        List<String> argv = List.of("java", "-Dname=Grüße", "日本語", "emoji \uD83D\uDE00");
        assertEquals(argv, ReplicaCommand.split(cmdline(argv.toArray(String[]::new)), UTF_8));

        byte[] latin1 = {'j', 0, (byte) 0xE9, 't', (byte) 0xE9, 0};
        assertEquals(List.of("j", "été"), ReplicaCommand.split(latin1, ISO_8859_1));
    }

    @Test
    void replicaCommandIsJavaThenReplicaPropertyThenBootClassPathThenTheOriginalArguments() {
        List<String> original = List.of("-Xmx64m", "-javaagent:/opt/jplr-agent.jar=mode=TMR", "-cp", "app.jar",
                "Main", "an argument with spaces", "", "Grüße");
        ReplicaCommand command = new ReplicaCommand("/opt/jdk/bin/java", original);
        Path run = Path.of("/dev/shm/jplr-123-abcdef");

        List<String> expected = new ArrayList<>();
        expected.add("/opt/jdk/bin/java");
        expected.add("-Djplr.replica=2:/dev/shm/jplr-123-abcdef");
        expected.add("-Xbootclasspath/a:/dev/shm/jplr-123-abcdef/bootstrap.jar");
        expected.add("-XX:ErrorFile=/dev/shm/jplr-123-abcdef/replica-5-hs_err.log");
        expected.add("-XX:-CreateCoredumpOnCrash");
        expected.add("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors());
        expected.addAll(original);
        assertEquals(expected, command.forReplica(2, 5, run, false));
        assertEquals("-Djplr.replica=0:/dev/shm/jplr-123-abcdef", command.forReplica(0, 0, run, false).get(1));
    }

    @Test
    void optionsThatOpenSomethingForTheOutsideStayTheMastersButTheProgramsArgumentsPassUntouched() {
        List<String> original = List.of("-Dcom.sun.management.jmxremote.port=9010", "-XX:+StartAttachListener", "-cp",
                "-XX:StartFlightRecording", "-XX:StartFlightRecording=filename=a.jfr",
                "-agentlib:jdwp=transport=dt_socket,server=y", "Main", "-XX:StartFlightRecording", "-agentlib:jdwp");
        List<String> replica = new ReplicaCommand("java", original).forReplica(0, 0, Path.of("/r"), false);
        assertEquals(List.of("-cp", "-XX:StartFlightRecording", "Main", "-XX:StartFlightRecording",
                "-agentlib:jdwp"), replica.subList(6, replica.size()));
    }

    @Test
    void anOptionIsTheJvmsOnlyBeforeWhatIsRun() {
        ReplicaCommand command = new ReplicaCommand("java", List.of("-cp", "-XX:StartFlightRecording", "-Xmx1g",
                "-XX:StartFlightRecording=filename=a.jfr", "Main", "-XX:Other"));
        assertTrue(command.hasOption("-XX:StartFlightRecording"));
        assertTrue(command.hasOption("-Xmx"));
        assertFalse(command.hasOption("-XX:Other"), "the program's argument");
        assertFalse(new ReplicaCommand("java", List.of("-cp", "-XX:StartFlightRecording", "Main"))
                .hasOption("-XX:StartFlightRecording"), "the class path's value");
        assertFalse(new ReplicaCommand("java", List.of("-jar", "app.jar", "-XX:StartFlightRecording"))
                .hasOption("-XX:StartFlightRecording"));
    }

    @Test
    void theDebuggedReplicaListensOnAnEphemeralLoopbackPortWithoutWaiting() {
        List<String> replica = new ReplicaCommand("java", List.of("Main")).forReplica(1, 1, Path.of("/r"), true);
        assertEquals("-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0",
                replica.get(replica.size() - 2));
    }

    @Test
    void expandedArgumentsReachTheReplicaAsTheLauncherWillReadThemAndWithoutTheMastersOptions() {
        // As expanded from "java @opts -cp @@lib Main @x", where opts holds "-Dk=v v" and a debugger.
        ReplicaCommand command = new ReplicaCommand("/jdk/bin/java", List.of("-Dk=v v",
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-cp", "@lib", "Main", "@x"));
        List<String> replica = command.forReplica(0, 0, Path.of("/run"), false);
        assertEquals(List.of("-Dk=v v", "-cp", "@@lib", "Main", "@x"), replica.subList(replica.size() - 5,
                replica.size()));
        assertTrue(command.hasOption("-agentlib:jdwp"));
    }

    @Test
    void laterChangesToTheGivenListDoNotReachTheCommand() {
        List<String> arguments = new ArrayList<>(List.of("Main"));
        ReplicaCommand command = new ReplicaCommand("java", arguments);
        arguments.add("injected");
        assertEquals(List.of("java", "-Djplr.replica=1:/r", "-Xbootclasspath/a:/r/bootstrap.jar",
                "-XX:ErrorFile=/r/replica-1-hs_err.log", "-XX:-CreateCoredumpOnCrash",
                "-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors(), "Main"),
                command.forReplica(1, 1, Path.of("/r"), false));
    }
}
