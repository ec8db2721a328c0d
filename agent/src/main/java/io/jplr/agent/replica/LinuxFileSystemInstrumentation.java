package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/** {@code FileSystem.newWatchService()}: the master's watch service, see {@code RemoteWatchService}. */
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
