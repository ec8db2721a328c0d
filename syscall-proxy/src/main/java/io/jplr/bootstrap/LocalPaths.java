package io.jplr.bootstrap;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * The files a replica reads itself: the runtime (java.home), the jars of the program's class path and
 * module path, class files under its class directories, and jPLR's own files. Class loading stays local and
 * fast; these files are the program itself, identical for every replica. Everything else is the world and
 * goes through the master, including other files in class directories: a program run with {@code -cp .}
 * keeps its data beside its classes, and another process may change it.
 *
 * <p>Paths are compared lexically after making them absolute and removing "." and ".." segments; symbolic
 * links are not followed (a link from a data directory into java.home is read locally, which is harmless:
 * the runtime's files do not change during a run).
 */
public final class LocalPaths {
    private static volatile String[] roots = new String[0];
    private static volatile String[] classDirectories = new String[0];
    private static volatile String workingDirectory = "/";

    private LocalPaths() {
    }

    /**
     * Set once, by the replica's setup, before the boundary handler is installed.
     *
     * @param localRoots files and directories read locally whole
     * @param classRoots directories of which only class files are read locally
     */
    public static void configure(String userDir, List<String> localRoots, List<String> classRoots) {
        workingDirectory = userDir;
        roots = normalizeAll(localRoots);
        classDirectories = normalizeAll(classRoots);
    }

    private static String[] normalizeAll(List<String> paths) {
        List<String> normalized = new ArrayList<>();
        for (String path : paths) {
            if (path != null && !path.isEmpty()) {
                normalized.add(normalize(path));
            }
        }
        return normalized.toArray(new String[0]);
    }

    /** Whether the file at {@code path} belongs to the runtime or the program, so the replica reads it itself. */
    public static boolean isLocal(String path) {
        String absolute = normalize(path);
        for (String root : roots) {
            if (within(absolute, root)) {
                return true;
            }
        }
        if (absolute.endsWith(".class")) {
            for (String root : classDirectories) {
                if (within(absolute, root)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean within(String absolute, String root) {
        return absolute.equals(root) || absolute.startsWith(root) && (root.endsWith("/")
                || absolute.length() > root.length() && absolute.charAt(root.length()) == '/');
    }

    static String normalize(String path) {
        String absolute = path.startsWith("/") ? path : workingDirectory + File.separatorChar + path;
        if (absolute.indexOf("/.") < 0 && absolute.indexOf("//") < 0) {
            return absolute;
        }
        String[] segments = absolute.split("/");
        List<String> kept = new ArrayList<>(segments.length);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!kept.isEmpty()) {
                    kept.remove(kept.size() - 1);
                }
                continue;
            }
            kept.add(segment);
        }
        return "/" + String.join("/", kept);
    }
}
