package io.jplr.bootstrap;

import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;

/** The watch event kinds the JDK defines, by name: how a kind crosses between a replica and the master. */
public final class WatchKinds {
    private WatchKinds() {
    }

    /** The JDK's kind of that name, or null for a name it does not define. */
    public static WatchEvent.Kind<?> standard(String name) {
        switch (name) {
            case "ENTRY_CREATE":
                return StandardWatchEventKinds.ENTRY_CREATE;
            case "ENTRY_DELETE":
                return StandardWatchEventKinds.ENTRY_DELETE;
            case "ENTRY_MODIFY":
                return StandardWatchEventKinds.ENTRY_MODIFY;
            case "OVERFLOW":
                return StandardWatchEventKinds.OVERFLOW;
            default:
                return null;
        }
    }
}
