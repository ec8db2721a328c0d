package io.jplr.faultinjector.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarLocatorTest {
    @TempDir
    Path checkout;

    @Test
    void findsTheJarFromTheCurrentDirectoryOrFromTheToolsOwn() throws IOException {
        Path agent = checkout.resolve("agent/target/jplr-agent.jar");
        Files.createDirectories(agent.getParent());
        Files.createFile(agent);
        Path toolDir = Files.createDirectories(checkout.resolve("fault-injector/target"));
        Path elsewhere = Files.createDirectories(checkout.resolve("elsewhere"));

        assertEquals(agent, new JarLocator(checkout, Optional.empty())
                .locate(null, "agent/target/jplr-agent.jar", "agent", "--agent"));
        assertEquals(agent, new JarLocator(elsewhere, Optional.of(toolDir))
                .locate(null, "agent/target/jplr-agent.jar", "agent", "--agent"));
        assertEquals(agent, new JarLocator(elsewhere, Optional.empty())
                .locate(Path.of("../agent/target/jplr-agent.jar"), "x", "agent", "--agent"));
    }

    @Test
    void saysWhereItLooked() {
        ToolFailure failure = assertThrows(ToolFailure.class, () -> new JarLocator(checkout, Optional.empty())
                .locate(null, "agent/target/jplr-agent.jar", "the jPLR agent jar", "--agent"));
        assertEquals("the jPLR agent jar not found (looked for " + checkout.resolve("agent/target/jplr-agent.jar")
                + "): build it, or give --agent", failure.getMessage());
    }
}
