package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/** {@code FileSystem.newWatchService()}: not replicated yet, refused with a clear error. */
final class LinuxFileSystemInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.nio.fs.LinuxFileSystem";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(replaceIf("active", "newWatchService", "()Ljava/nio/file/WatchService;", "newWatchService",
                true).via(Boundaries.PATH));
    }
}
