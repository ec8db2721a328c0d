package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/** {@code Path.toRealPath}: resolving links and checking existence is a read of the world. */
final class UnixPathInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.nio.fs.UnixPath";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(replaceIf("remote", "toRealPath", "([Ljava/nio/file/LinkOption;)Ljava/nio/file/Path;",
                "toRealPath", true, "this:Ljava/nio/file/Path;").via(Boundaries.PATH));
    }
}
