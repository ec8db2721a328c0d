package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jplr.test.apps.PrintsArguments;
import io.jplr.test.apps.PrintsOptionVariables;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Options that open something for the outside (a debugger's port, a flight recording, a JMX port) are the
 * master's, wherever the user gives them: on the command line, in an argument file, or in the variables the
 * launcher and the JVM read options from, which replicas inherit with the master's environment.
 */
class MasterOnlyOptionsTest {
    @TempDir
    Path directory;

    static List<Jvm> jvms() {
        return Jvm.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void optionsInTheEnvironmentAreTheMastersAndTheProgramSeesTheVariablesUnchanged(Jvm jvm) throws Exception {
        Path recording = directory.resolve("run.jfr");
        // jfr+startup=off, quiet=y: JFR and JDWP would announce themselves on stdout, natively as well.
        String launcherOptions = "-XX:StartFlightRecording:filename=" + recording + " -Xlog:jfr+startup=off"
                + " '-Dwith.space=a b'";
        String jvmOptions = "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=127.0.0.1:0,quiet=y"
                + " -Dcom.sun.management.jmxremote.port=" + freePort() + " -Dcom.sun.management.jmxremote.host=127.0.0.1"
                + " -Dcom.sun.management.jmxremote.authenticate=false -Dcom.sun.management.jmxremote.ssl=false";
        Run expected = Launch.on(jvm).env("JDK_JAVA_OPTIONS", launcherOptions).env("JAVA_TOOL_OPTIONS", jvmOptions)
                .app(PrintsOptionVariables.class).run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        assertTrue(expected.out().contains("JDK_JAVA_OPTIONS=" + launcherOptions + " | map " + launcherOptions
                + " | child " + launcherOptions), expected::toString);
        Files.delete(recording);

        Run run = Launch.under("TMR", jvm).env("JDK_JAVA_OPTIONS", launcherOptions).env("JAVA_TOOL_OPTIONS", jvmOptions)
                .app(PrintsOptionVariables.class).run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals(expected.out(), run.out());
        assertEquals(expected.err(), run.err());
        assertTrue(Files.size(recording) > 0, "the master wrote the flight recording");
    }

    /**
     * {@code java @file}: the launcher reads the file, and so does the master, so that replicas get the
     * arguments themselves; the program sees them as natively, quirks of the file format included.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("jvms")
    void theMastersOptionsInAnArgumentFileStayTheMastersAndTheProgramGetsItsArguments(Jvm jvm) throws Exception {
        Path recording = directory.resolve("run.jfr");
        Path file = directory.resolve("arguments");
        // quiet=y and jfr+startup=off: both would announce themselves on stdout, natively as well.
        Files.writeString(file, ""
                + "# a debugger on a fixed port: every replica would fail to bind it\n"
                + "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,quiet=y,address=127.0.0.1:"
                + freePort() + "\n"
                + "-XX:StartFlightRecording:filename=" + recording + " -Xlog:jfr+startup=off\n"
                + "\"-Dprobe.spaced=a b\" -Dprobe.escaped=\"tab\\there\" -Dprobe.lost=abc#def\n"
                + "-cp " + Launch.TEST_CLASSES.toAbsolutePath() + "\n"
                + PrintsArguments.class.getName() + " 'two words' \"\" @@literal \"line \\\n    joined\"\n");
        Run expected = Launch.on(jvm).option("@" + file).option("@after").run();
        assertEquals(0, expected.exitStatus(), expected::toString);
        assertTrue(expected.out().startsWith("[two words]\n[]\n[@@literal]\n[line joined]\n[@after]\n"),
                expected::toString);
        Files.delete(recording);

        Run run = Launch.under("TMR", jvm).option("@" + file).option("@after").run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals(expected.out(), run.out());
        assertEquals(expected.err(), run.err());
        assertTrue(Files.size(recording) > 0, "the master wrote the flight recording");
    }

    /**
     * A GC log to a file and heap dumps are written by the master's JVM, the one the user started; no replica
     * writes or rotates the user's log, or dumps a heap into the user's directory.
     */
    @Test
    void fileOutputsOfTheJvmAreTheMasters() throws Exception {
        Path logs = Files.createDirectory(directory.resolve("logs"));
        Run run = Launch.under("TMR", Jvm.current()).in(logs).option("-Xlog:gc*:file=gc.log")
                .option("-XX:+HeapDumpOnOutOfMemoryError").app(PrintsArguments.class, "x").run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals("[x]\n", run.out());
        try (var files = Files.list(logs)) {
            assertEquals(List.of("gc.log"), files.map(file -> file.getFileName().toString()).sorted().toList(),
                    "one log, not rotated by other JVMs");
        }
        assertTrue(Files.readString(logs.resolve("gc.log")).contains("Using G1"), "the master's JVM logged");
    }

    @Test
    void aRemoteJmxPortThatCannotBeOpenedStopsTheRunBeforeItStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Run run = Launch.under("TMR", Jvm.current())
                    .option("-Dcom.sun.management.jmxremote.port=" + taken.getLocalPort())
                    .option("-Dcom.sun.management.jmxremote.host=127.0.0.1")
                    .option("-Dcom.sun.management.jmxremote.authenticate=false")
                    .option("-Dcom.sun.management.jmxremote.ssl=false")
                    .app(PrintsOptionVariables.class).run();
            assertEquals(80, run.exitStatus(), run::toString);
            assertEquals("", run.out());
            assertEquals("jplr: cannot start the remote JMX agent (com.sun.management.jmxremote.port="
                    + taken.getLocalPort() + "): Exception thrown by the agent : java.rmi.server.ExportException:"
                    + " Port already in use: " + taken.getLocalPort() + "\n", run.err());
        }
    }

    /** A port free on the loopback interface a moment ago. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
