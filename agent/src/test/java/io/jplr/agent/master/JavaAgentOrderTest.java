package io.jplr.agent.master;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaAgentOrderTest {
    @TempDir
    Path directory;

    @Test
    void anAgentTakenBeforeJplrsIsNamed() throws Exception {
        Path own = Files.createFile(directory.resolve("jplr-agent.jar"));
        assertEquals("-javaagent:/opt/apm.jar=service=x", JavaAgentOrder.agentBeforeJplr(List.of("-Xmx1g",
                "-javaagent:/opt/apm.jar=service=x", "-javaagent:/opt/other.jar", "-javaagent:" + own + "=mode=TMR"),
                own, directory));
    }

    @Test
    void agentsAfterJplrsAreNotItsConcern() throws Exception {
        Path own = Files.createFile(directory.resolve("jplr-agent.jar"));
        assertNull(JavaAgentOrder.agentBeforeJplr(List.of("-javaagent:" + own, "-javaagent:/opt/apm.jar"), own,
                directory));
        assertNull(JavaAgentOrder.agentBeforeJplr(List.of("-agentpath:/opt/libprofiler.so", "-javaagent:" + own),
                own, directory), "a native agent is not a Java agent");
    }

    @Test
    void jplrsJarIsRecognisedRelativeToTheWorkingDirectoryAndThroughALink() throws Exception {
        Path own = Files.createFile(directory.resolve("jplr-agent.jar"));
        Path link = Files.createSymbolicLink(directory.resolve("jplr.jar"), own);
        List<String> options = List.of("-javaagent:apm.jar", "-javaagent:jplr.jar=mode=DMR");
        assertEquals("-javaagent:apm.jar", JavaAgentOrder.agentBeforeJplr(options, own, directory));
        assertEquals("-javaagent:apm.jar", JavaAgentOrder.agentBeforeJplr(List.of("-javaagent:apm.jar",
                "-javaagent:./sub/../jplr-agent.jar"), own, directory));
        assertNull(JavaAgentOrder.agentBeforeJplr(List.of("-javaagent:" + link), own, Path.of("/")));
    }

    @Test
    void withoutJplrsOwnOptionNothingCanBeSaid() throws Exception {
        Path own = directory.resolve("jplr-agent.jar");
        assertNull(JavaAgentOrder.agentBeforeJplr(List.of("-javaagent:/opt/apm.jar"), own, directory));
    }
}
