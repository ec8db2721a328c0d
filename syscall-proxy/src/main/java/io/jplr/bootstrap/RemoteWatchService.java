package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A replica's {@code WatchService}: the master holds the real one (inotify) and performs every registration,
 * poll and key operation; which key a poll returns, and which events the key holds, are decided there once for
 * every replica. Keys are kept here by the master's handle, so a directory registered twice gives the same key
 * object, as natively.
 *
 * <p>A thread blocked in {@link #take} or a timed {@link #poll} is woken by {@link #close} (with
 * {@code ClosedWatchServiceException}, as natively), not by an interrupt: an interrupt is seen when the call
 * is made, not while it waits.
 *
 * <p>Whether the service is closed is the master's to say, even after this replica closed it: a thread that
 * takes while another closes may come before the close in one replica and after it in another, and it must
 * make the same call in both (the master answers it once, with the failure either way). A second close is the
 * master's no-op too.
 */
final class RemoteWatchService implements WatchService {
    /** The timeouts of {@link Call#WATCH_POLL}. */
    private static final long FOREVER = -1;
    private static final long NOW = 0;

    private final int handle;
    private final Map<Integer, RemoteWatchKey> keys = new HashMap<>();

    private RemoteWatchService(int handle) {
        this.handle = handle;
    }

    static RemoteWatchService open() {
        WireReader answer = Remote.reader(Remote.call(Call.WATCH_OPEN, new WireWriter().writeInt(0)));
        return new RemoteWatchService(answer.readInt());
    }

    /** {@code Path.register(this, kinds, modifiers)}: the key of {@code directory} here. */
    WatchKey register(Path directory, WatchEvent.Kind<?>[] kinds, WatchEvent.Modifier[] modifiers) throws IOException {
        String[] kindNames = new String[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            kindNames[i] = Objects.requireNonNull(kinds[i]).name();
        }
        String[] modifierNames = new String[modifiers.length];
        for (int i = 0; i < modifiers.length; i++) {
            WatchEvent.Modifier modifier = Objects.requireNonNull(modifiers[i]);
            // The JDK's own modifiers are enum constants: the master finds them by class and name.
            modifierNames[i] = modifier.getClass().getName() + "." + modifier.name();
        }
        WireWriter arguments = new WireWriter().writeInt(handle).writeString(directory.toString())
                .writeStrings(kindNames).writeStrings(modifierNames);
        int key = Remote.reader(Remote.call(Call.WATCH_REGISTER, arguments)).readInt();
        synchronized (keys) {
            return keys.computeIfAbsent(key, k -> new RemoteWatchKey(k, directory));
        }
    }

    @Override
    public WatchKey poll() {
        // Never waits, so nothing interrupts it: natively too.
        return signalled(Remote.call(Call.WATCH_POLL, pollArguments(NOW)));
    }

    @Override
    public WatchKey poll(long timeout, TimeUnit unit) throws InterruptedException {
        return waitFor(Math.max(unit.toNanos(timeout), NOW));
    }

    @Override
    public WatchKey take() throws InterruptedException {
        return waitFor(FOREVER);
    }

    /** The master's service waits, and decides (for every replica) whether an interrupt ended the wait. */
    private WatchKey waitFor(long timeout) throws InterruptedException {
        return signalled(Remote.callInterruptibly(Call.WATCH_POLL, pollArguments(timeout)));
    }

    private WireWriter pollArguments(long timeout) {
        return new WireWriter().writeInt(handle).writeLong(timeout);
    }

    private WatchKey signalled(Answer answer) {
        int key = Remote.reader(answer).readInt();
        if (key == 0) {
            return null;
        }
        synchronized (keys) {
            RemoteWatchKey found = keys.get(key);
            if (found == null) {
                throw new IllegalStateException("jPLR: the master signalled watch key " + key + ", never registered here");
            }
            return found;
        }
    }

    @Override
    public void close() {
        Remote.call(Call.WATCH_CLOSE, new WireWriter().writeInt(handle));
    }
}
