package io.jplr.agent.replica;

import static io.jplr.agent.replica.UnixFileSystemProviderInstrumentation.change;
import static io.jplr.agent.replica.UnixFileSystemProviderInstrumentation.query;

import java.util.List;

/** Attributes by name ({@code Files.readAttributes(path, "posix:*")}, {@code Files.setAttribute}). */
final class AbstractFileSystemProviderInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.nio.fs.AbstractFileSystemProvider";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                query("readAttributes", "(Ljava/nio/file/Path;Ljava/lang/String;[Ljava/nio/file/LinkOption;)"
                        + "Ljava/util/Map;", "remote", 1),
                change("setAttribute", "(Ljava/nio/file/Path;Ljava/lang/String;Ljava/lang/Object;"
                        + "[Ljava/nio/file/LinkOption;)V"));
    }
}
