package io.jplr.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OptionVariablesTest {
    @Test
    void theMastersOwnOptionsAreLeftOutAndTheOthersKeptAsWritten() {
        assertEquals("-Xmx1g -Dname=\"a b\"", OptionVariables.withoutMasterOnly(
                "-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=5005 -Xmx1g"
                        + "\t -XX:StartFlightRecording:filename='my recording.jfr' -Dname=\"a b\""));
        assertEquals("", OptionVariables.withoutMasterOnly(" -Dcom.sun.management.jmxremote.port=9010 "));
        assertEquals("-javaagent:/opt/jplr-agent.jar -Dplr.mode=TMR",
                OptionVariables.withoutMasterOnly("-javaagent:/opt/jplr-agent.jar -XX:+StartAttachListener"
                        + " -Dplr.mode=TMR"));
    }

    @Test
    void quotesGroupButAreNotPartOfTheOptionJudged() {
        assertEquals("'-Dx=y z'", OptionVariables.withoutMasterOnly("'-Dx=y z' \"-agentlib:jdwp=a b\""));
        assertEquals("", OptionVariables.withoutMasterOnly("'-agentlib:jdwp=a b'x"), "the option -agentlib:jdwp=a bx");
        assertEquals("-Dx='-agentlib:jdwp' -Dy", OptionVariables.withoutMasterOnly(
                "-Dx='-agentlib:jdwp' -XX:StartFlightRecording -Dy"), "a property whose value names the option");
        assertEquals("-Xmx1g", OptionVariables.withoutMasterOnly("-Xmx1g -Xrunjdwp:transport=dt_socket"));
    }

    @Test
    void aValueWithNothingToLeaveOutIsKeptExactly() {
        assertEquals("  -Xmx1g\t\t-Dx=1 ", OptionVariables.withoutMasterOnly("  -Xmx1g\t\t-Dx=1 "));
        assertEquals("-Dx='unterminated -agentlib:jdwp",
                OptionVariables.withoutMasterOnly("-Dx='unterminated -agentlib:jdwp"));
    }

    @Test
    void aReplicaGetsTheFilteredVariablesAndTheRealValuesAsOptions() {
        Map<String, String> master = Map.of(
                "JDK_JAVA_OPTIONS", "-XX:StartFlightRecording -Xss2m",
                "JAVA_TOOL_OPTIONS", "-agentlib:jdwp=transport=dt_socket,address=5005",
                "_JAVA_OPTIONS", "-Xmx512m",
                "PATH", "/usr/bin");
        OptionVariables variables = OptionVariables.of(master);

        Map<String, String> replica = new HashMap<>(master);
        variables.applyTo(replica);
        assertEquals(Map.of("JDK_JAVA_OPTIONS", "-Xss2m", "_JAVA_OPTIONS", "-Xmx512m", "PATH", "/usr/bin"), replica);
        assertEquals(List.of("-Djplr.environment.JDK_JAVA_OPTIONS=-XX:StartFlightRecording -Xss2m",
                "-Djplr.environment.JAVA_TOOL_OPTIONS=-agentlib:jdwp=transport=dt_socket,address=5005"),
                variables.replicaOptions());
    }

    @Test
    void theReplicaTakesTheRealValuesOutOfItsProperties() {
        OptionVariables variables = OptionVariables.of(Map.of("JAVA_TOOL_OPTIONS", "-agentlib:jdwp=x -Dy=1"));
        Properties properties = new Properties();
        properties.setProperty("user.dir", "/w");
        for (String option : variables.replicaOptions()) {
            String property = option.substring(2);
            int equals = property.indexOf('=');
            properties.setProperty(property.substring(0, equals), property.substring(equals + 1));
        }
        assertEquals(Map.of("JAVA_TOOL_OPTIONS", "-agentlib:jdwp=x -Dy=1"), OptionVariables.takeRealValues(properties));
        assertEquals(Map.of("user.dir", "/w"), properties);
    }

    @Test
    void withoutMasterOnlyOptionsNothingChanges() {
        OptionVariables variables = OptionVariables.of(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g", "OTHER", "-agentlib:jdwp"));
        Map<String, String> replica = new HashMap<>(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"));
        variables.applyTo(replica);
        assertEquals(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), replica);
        assertTrue(variables.replicaOptions().isEmpty());
    }

    @Test
    void theReplicaCommandCarriesTheRealValuesBeforeTheUsersOptions() {
        ReplicaCommand command = new ReplicaCommand("java", List.of("-Xmx1g", "Main"),
                OptionVariables.of(Map.of("JDK_JAVA_OPTIONS", "-XX:StartFlightRecording")))
                .withReplicaOption("-Djplr.mapBatch=false");
        List<String> replica = command.forReplica(0, 0, Path.of("/r"), false);
        assertEquals(List.of("-Djplr.environment.JDK_JAVA_OPTIONS=-XX:StartFlightRecording",
                "-Djplr.mapBatch=false", "-Xmx1g", "Main"), replica.subList(6, replica.size()));
        Map<String, String> environment = new HashMap<>(Map.of("JDK_JAVA_OPTIONS", "-XX:StartFlightRecording"));
        command.applyEnvironment(environment);
        assertEquals(Map.of(), environment);
    }

    @Test
    void theJvmsOptionsIncludeThoseOfItsVariables() {
        ReplicaCommand command = new ReplicaCommand("java", List.of("-Xmx1g", "Main"),
                OptionVariables.of(Map.of("JDK_JAVA_OPTIONS", "-Xss1m '-XX:StartFlightRecording:filename=a b.jfr'")));
        assertTrue(command.hasOption("-XX:StartFlightRecording"));
        assertTrue(command.hasOption("-Xss"));
        assertTrue(command.hasOption("-Xmx"));
        assertFalse(new ReplicaCommand("java", List.of("Main", "-XX:StartFlightRecording"),
                OptionVariables.of(Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g", "OTHER", "-XX:StartFlightRecording")))
                .hasOption("-XX:StartFlightRecording"), "a program argument, another variable");
    }
}
