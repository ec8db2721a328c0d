package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * {@code Path.toRealPath}: resolving links and checking existence is a read of the world. {@code Path.register}
 * with a replica's watch service: the directory is watched at the master.
 */
final class UnixPathInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.nio.fs.UnixPath";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(replaceIf("remote", "toRealPath", "([Ljava/nio/file/LinkOption;)Ljava/nio/file/Path;",
                        "toRealPath", true, "this:Ljava/nio/file/Path;").via(Boundaries.PATH),
                replaceIf("watchedRemotely", "register", "(Ljava/nio/file/WatchService;[Ljava/nio/file/WatchEvent$Kind;"
                        + "[Ljava/nio/file/WatchEvent$Modifier;)Ljava/nio/file/WatchKey;", "register", true,
                        "this:Ljava/nio/file/Path;").guardingOn(1).via(Boundaries.PATH));
    }
}
