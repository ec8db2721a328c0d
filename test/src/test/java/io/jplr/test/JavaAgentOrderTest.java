package io.jplr.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jplr.test.apps.AppendingAgent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another Java agent beside jPLR's: after it, the agent runs in the replicas only, intercepted like the program,
 * so its effect happens once, as natively; before it, every replica would run it unprotected, so the run is
 * refused with one line.
 */
class JavaAgentOrderTest {
    @TempDir
    Path directory;

    @Test
    void anAgentAfterJplrsHasItsEffectOnce() throws IOException {
        Path jar = agentJar();
        Path nativeFile = directory.resolve("native.txt");
        Run expected = Launch.on(Jvm.current()).option("-javaagent:" + jar + "=" + nativeFile).sample("crc32", "small")
                .run();
        Path file = directory.resolve("tmr.txt");
        Run run = Launch.under("TMR", Jvm.current()).option("-javaagent:" + jar + "=" + file).sample("crc32", "small")
                .run();
        assertEquals(0, run.exitStatus(), run::toString);
        assertEquals(expected.out(), run.out());
        assertEquals("premain\n", Files.readString(nativeFile));
        assertEquals("premain\n", Files.readString(file));
    }

    @Test
    void anAgentBeforeJplrsIsRefused() throws IOException {
        Path jar = agentJar();
        Path file = directory.resolve("tmr.txt");
        String agent = "-javaagent:" + jar + "=" + file;
        Run run = Launch.under("TMR", Jvm.current()).env("JAVA_TOOL_OPTIONS", agent).sample("crc32", "small").run();
        assertEquals(78, run.exitStatus(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("jplr: the Java agent " + agent + " is loaded before jPLR's, so every replica would run"
                + " it unprotected: give jPLR's -javaagent first"), run.jplrLines());
        assertEquals("premain\n", Files.readString(file), "the master's premain, as natively; no replica's");
    }

    @Test
    void anAgentBeforeJplrsInAnArgumentFileIsRefused() throws IOException {
        Path jar = agentJar();
        Path file = directory.resolve("tmr.txt");
        String agent = "-javaagent:" + jar + "=" + file;
        Path arguments = directory.resolve("arguments");
        Files.writeString(arguments, agent + "\n-javaagent:" + Launch.AGENT.toAbsolutePath() + " -Dplr.mode=TMR\n");
        Run run = Launch.on(Jvm.current()).option("@" + arguments).sample("crc32", "small").run();
        assertEquals(78, run.exitStatus(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("jplr: the Java agent " + agent + " is loaded before jPLR's, so every replica would run"
                + " it unprotected: give jPLR's -javaagent first"), run.jplrLines());
        assertEquals("premain\n", Files.readString(file), "the master's premain, as natively; no replica's");
    }

    /** A jar holding {@link AppendingAgent} as its Premain-Class. */
    private Path agentJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), AppendingAgent.class.getName());
        Path jar = directory.resolve("appending-agent.jar");
        String entry = AppendingAgent.class.getName().replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry(entry));
            Files.copy(Launch.TEST_CLASSES.resolve(entry), (OutputStream) out);
            out.closeEntry();
        }
        return jar;
    }
}
