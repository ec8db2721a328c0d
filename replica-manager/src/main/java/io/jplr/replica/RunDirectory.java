package io.jplr.replica;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The private directory of one run (mode 0700): the replicas' channel files (0600), the doorbell socket,
 * the bootstrap jar and the replicas' own JVM output. It lives in /dev/shm where that exists, so the channels are plain shared
 * memory with no disk behind them, and is removed when the run ends. Directories left by masters that were
 * killed are swept at the next start.
 */
public final class RunDirectory implements AutoCloseable {
    private static final String PREFIX = "jplr-";

    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    public static RunDirectory create(long masterPid) throws IOException {
        Path base = Path.of("/dev/shm");
        if (!Files.isDirectory(base) || !Files.isWritable(base)) {
            base = Path.of(System.getProperty("java.io.tmpdir"));
        }
        sweepStale(base);
        byte[] random = new byte[6];
        new SecureRandom().nextBytes(random);
        Path path = base.resolve(PREFIX + masterPid + "-" + HexFormat.of().formatHex(random));
        Files.createDirectory(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        return new RunDirectory(path);
    }

    public Path path() {
        return path;
    }

    public Path channel(int replica) {
        return path.resolve("replica-" + replica + ".channel");
    }

    public Path log(int replica) {
        return path.resolve("replica-" + replica + ".log");
    }

    /** The Unix socket of the doorbells (wake-ups only; the calls go through shared memory). */
    public Path doorbell() {
        return doorbell(path);
    }

    public static Path doorbell(Path runDirectory) {
        return runDirectory.resolve("doorbell.sock");
    }

    public Path bootstrapJar() {
        return ReplicaCommand.bootstrapJar(path);
    }

    @Override
    public void close() {
        delete(path);
    }

    private static void sweepStale(Path base) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(base, PREFIX + "*")) {
            for (Path entry : entries) {
                String rest = entry.getFileName().toString().substring(PREFIX.length());
                int dash = rest.indexOf('-');
                if (dash <= 0 || !Files.isDirectory(entry) || !Files.isWritable(entry)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(rest.substring(0, dash));
                    if (ProcessHandle.of(pid).isEmpty()) {
                        delete(entry);
                    }
                } catch (NumberFormatException notOurs) {
                    // Not a run directory.
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // Sweeping is a courtesy; a base we cannot list holds nothing of ours to sweep.
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // Best effort: the directory is private and swept at the next start.
                }
            });
        } catch (IOException | UncheckedIOException ignored) {
            // Already gone.
        }
    }
}
