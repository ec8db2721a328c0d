package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.Watchable;
import java.util.ArrayList;
import java.util.List;

/**
 * A replica's {@code WatchKey}: its state (valid, signalled, pending events) is the master's real key's, read at
 * each call, so a directory deleted or an event arriving changes it as natively.
 */
final class RemoteWatchKey implements WatchKey {
    private final int handle;
    private final Path directory;

    RemoteWatchKey(int handle, Path directory) {
        this.handle = handle;
        this.directory = directory;
    }

    @Override
    public boolean isValid() {
        return Remote.reader(Remote.call(Call.WATCH_KEY_VALID, arguments())).readBoolean();
    }

    @Override
    public List<WatchEvent<?>> pollEvents() {
        WireReader answer = Remote.reader(Remote.call(Call.WATCH_KEY_EVENTS, arguments()));
        int count = answer.readInt();
        List<WatchEvent<?>> events = new ArrayList<>(Math.max(0, Math.min(count, 1024)));
        for (int i = 0; i < count; i++) {
            String name = answer.readString();
            WatchEvent.Kind<?> kind = name == null ? null : WatchKinds.standard(name);
            if (kind == null) {
                throw new IllegalStateException("jPLR: the master reported a watch event of kind " + name);
            }
            int repeated = answer.readInt();
            String context = answer.readString();
            events.add(new RemoteWatchEvent<>(kind, repeated,
                    context == null ? null : directory.getFileSystem().getPath(context)));
        }
        return events;
    }

    @Override
    public boolean reset() {
        return Remote.reader(Remote.call(Call.WATCH_KEY_RESET, arguments())).readBoolean();
    }

    @Override
    public void cancel() {
        Remote.call(Call.WATCH_KEY_CANCEL, arguments());
    }

    @Override
    public Watchable watchable() {
        return directory;
    }

    private WireWriter arguments() {
        return new WireWriter().writeInt(handle);
    }

    /** One event as the master's key held it: the context is a path relative to the watched directory. */
    private static final class RemoteWatchEvent<T> implements WatchEvent<T> {
        private final Kind<T> kind;
        private final int count;
        private final T context;

        @SuppressWarnings("unchecked")
        RemoteWatchEvent(Kind<?> kind, int count, Object context) {
            this.kind = (Kind<T>) kind;
            this.count = count;
            this.context = (T) context;
        }

        @Override
        public Kind<T> kind() {
            return kind;
        }

        @Override
        public int count() {
            return count;
        }

        @Override
        public T context() {
            return context;
        }
    }
}
