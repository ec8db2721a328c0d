package io.jplr.agent.master;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/**
 * The classes a replica puts on its bootstrap class path so that rewritten {@code java.base} code can call
 * them: the boundary entry points and the call table. The master copies them from the agent jar into the
 * run directory once; every replica appends that jar before it installs anything.
 */
public final class BootstrapJar {
    private static final List<String> PACKAGES = List.of("io/jplr/bootstrap/", "io/jplr/syscall/table/",
            "io/jplr/sharedmemory/");

    private BootstrapJar() {
    }

    public static void write(Path target) throws IOException {
        Path agentJar;
        try {
            agentJar = Path.of(BootstrapJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot locate the agent jar: " + e.getMessage(), e);
        }
        int copied = 0;
        try (JarFile agent = new JarFile(agentJar.toFile());
                // Buffered: the jar stream writes its headers a byte at a time.
                OutputStream file = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16);
                JarOutputStream jar = new JarOutputStream(file)) {
            Enumeration<JarEntry> entries = agent.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (entry.isDirectory() || !isBootstrapClass(entry.getName())) {
                    continue;
                }
                // Stored, not deflated, with the agent jar's own time, size and checksum: nothing to compress
                // here or to inflate in each replica, and no time-zone lookup to date the entry, at start-up.
                JarEntry copy = new JarEntry(entry);
                copy.setMethod(ZipEntry.STORED);
                copy.setCompressedSize(entry.getSize());
                jar.putNextEntry(copy);
                try (InputStream in = agent.getInputStream(entry)) {
                    in.transferTo(jar);
                }
                jar.closeEntry();
                copied++;
            }
        }
        if (copied == 0) {
            throw new IOException(agentJar + " holds no bootstrap classes: is it the jPLR agent jar?");
        }
    }

    private static boolean isBootstrapClass(String entryName) {
        for (String prefix : PACKAGES) {
            if (entryName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
