package io.jplr.bootstrap;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * A directory's entries as the master listed them, in the directory's order; the filter runs in the
 * replica, on paths resolved against the directory as the JDK's own stream resolves them.
 */
final class RemoteDirectoryStream implements DirectoryStream<Path> {
    private final Path directory;
    private final String[] names;
    private final Filter<? super Path> filter;
    private boolean closed;
    private boolean iterated;

    RemoteDirectoryStream(Path directory, String[] names, Filter<? super Path> filter) {
        this.directory = directory;
        this.names = names == null ? new String[0] : names;
        this.filter = filter;
    }

    @Override
    public synchronized Iterator<Path> iterator() {
        if (closed) {
            throw new IllegalStateException("Directory stream is closed");
        }
        if (iterated) {
            throw new IllegalStateException("Iterator already obtained");
        }
        iterated = true;
        return new Iterator<>() {
            private int next;
            private Path ahead;

            @Override
            public boolean hasNext() {
                while (ahead == null && next < names.length) {
                    synchronized (RemoteDirectoryStream.this) {
                        if (closed) {
                            return false;
                        }
                    }
                    Path entry = directory.resolve(names[next++]);
                    try {
                        if (filter.accept(entry)) {
                            ahead = entry;
                        }
                    } catch (IOException e) {
                        throw new DirectoryIteratorException(e);
                    }
                }
                return ahead != null;
            }

            @Override
            public Path next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Path entry = ahead;
                ahead = null;
                return entry;
            }
        };
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
