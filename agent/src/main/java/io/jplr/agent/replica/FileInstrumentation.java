package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code java.io.File}'s metadata and changes. Queries of a file outside the runtime and the program, and
 * every change to any file, are performed by the master on the same path ({@code FileBoundary}); the JDK
 * methods layered on these (mkdirs, listFiles, deleteOnExit's hook) follow.
 */
final class FileInstrumentation implements TypeInstrumentation {
    private static final String QUERY = "remote";
    private static final String CHANGE = "remoteChange";

    @Override
    public String typeName() {
        return "java.io.File";
    }

    @Override
    public List<Interception> interceptions() {
        List<Interception> all = new ArrayList<>();
        for (String query : List.of("exists", "isFile", "isDirectory", "isHidden", "canRead", "canWrite",
                "canExecute")) {
            all.add(replaceIf(QUERY, query, "()Z", query, true, "this").via(Boundaries.FILE));
        }
        for (String query : List.of("lastModified", "length", "getTotalSpace", "getFreeSpace", "getUsableSpace")) {
            all.add(replaceIf(QUERY, query, "()J", query, true, "this").via(Boundaries.FILE));
        }
        all.add(replaceIf(QUERY, "getCanonicalPath", "()Ljava/lang/String;", "getCanonicalPath", true, "this")
                .via(Boundaries.FILE));
        all.add(replaceIf(QUERY, "normalizedList", "()[Ljava/lang/String;", "list", true, "this")
                .via(Boundaries.FILE));
        for (String change : List.of("createNewFile", "delete", "mkdir", "setReadOnly")) {
            all.add(replaceIf(CHANGE, change, "()Z", change, true, "this").via(Boundaries.FILE));
        }
        all.add(replaceIf(CHANGE, "renameTo", "(Ljava/io/File;)Z", "renameTo", true, "this").via(Boundaries.FILE));
        all.add(replaceIf(CHANGE, "setLastModified", "(J)Z", "setLastModified", true, "this").via(Boundaries.FILE));
        for (String change : List.of("setWritable", "setReadable", "setExecutable")) {
            all.add(replaceIf(CHANGE, change, "(ZZ)Z", change, true, "this").via(Boundaries.FILE));
        }
        all.add(replaceIf("active", "createTempFile",
                "(Ljava/lang/String;Ljava/lang/String;Ljava/io/File;)Ljava/io/File;", "createTempFile", true)
                .via(Boundaries.FILE));
        return all;
    }
}
