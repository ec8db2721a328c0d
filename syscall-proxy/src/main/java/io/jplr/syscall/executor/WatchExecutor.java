package io.jplr.syscall.executor;

import com.sun.nio.file.ExtendedWatchEventModifier;
import com.sun.nio.file.SensitivityWatchEventModifier;
import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WatchKinds;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The replicas' watch services: one real {@code WatchService} of the master's default file system per replica
 * watch service, with the directories registered as the replicas registered them. Which key is signalled, and
 * which events it holds, is read here once and answered to every replica. A key has one handle for the run, so
 * that a directory registered twice gives every replica the same key again, as natively.
 */
final class WatchExecutor {
    private final HandleTable<WatchService> services = new HandleTable<>("watch services");
    private final HandleTable<WatchKey> keys = new HandleTable<>("watch keys");
    /** Guarded by itself: registrations and polls of different replica threads run on different workers. */
    private final Map<WatchKey, Integer> handles = new IdentityHashMap<>();

    Answer answer(Call call, WireReader in) throws IOException, InterruptedException {
        switch (call) {
            case WATCH_OPEN: {
                int reserved = in.readInt();
                in.expectEnd();
                if (reserved != 0) {
                    throw new MalformedCallException("watch service open " + reserved);
                }
                return CallExecutor.scalarInt(services.add(FileSystems.getDefault().newWatchService()));
            }
            case WATCH_REGISTER:
                return register(in);
            case WATCH_POLL:
                return poll(in);
            case WATCH_KEY_EVENTS:
                return events(key(in));
            case WATCH_KEY_RESET:
                return bool(key(in).reset());
            case WATCH_KEY_CANCEL:
                key(in).cancel();
                return CallExecutor.ok(new byte[0]);
            case WATCH_KEY_VALID:
                return bool(key(in).isValid());
            case WATCH_CLOSE: {
                int handle = in.readInt();
                in.expectEnd();
                WatchService service = services.find(handle);
                if (service != null) {
                    // A take blocked on a worker ends with ClosedWatchServiceException, as natively. The service
                    // stays known: what a replica asks of it later, the closed service itself refuses.
                    service.close();
                }
                return CallExecutor.ok(new byte[0]);
            }
            default:
                throw new MalformedCallException(call + " is not a watch service call");
        }
    }

    private Answer register(WireReader in) throws IOException {
        WatchService service = service(in.readInt());
        String directory = in.readString();
        String[] kindNames = in.readStrings();
        String[] modifierNames = in.readStrings();
        in.expectEnd();
        if (directory == null || kindNames == null || modifierNames == null) {
            throw new MalformedCallException("watch registration without a directory, kinds or modifiers");
        }
        WatchEvent.Kind<?>[] kinds = new WatchEvent.Kind<?>[kindNames.length];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kind(kindNames[i]);
        }
        WatchEvent.Modifier[] modifiers = new WatchEvent.Modifier[modifierNames.length];
        for (int i = 0; i < modifiers.length; i++) {
            modifiers[i] = modifier(modifierNames[i]);
        }
        WatchKey key = Path.of(directory).register(service, kinds, modifiers);
        synchronized (handles) {
            return CallExecutor.scalarInt(handles.computeIfAbsent(key, keys::add));
        }
    }

    private Answer poll(WireReader in) throws IOException, InterruptedException {
        int handle = in.readInt();
        long timeout = in.readLong();
        in.expectEnd();
        if (timeout < -1) {
            throw new MalformedCallException("watch poll timeout " + timeout);
        }
        WatchService service = service(handle);
        WatchKey key = timeout < 0 ? service.take()
                : timeout == 0 ? service.poll() : service.poll(timeout, TimeUnit.NANOSECONDS);
        if (key == null) {
            return CallExecutor.scalarInt(0);
        }
        synchronized (handles) {
            Integer signalled = handles.get(key);
            // Every key of a service was registered through it, so it has a handle.
            return CallExecutor.scalarInt(signalled != null ? signalled : 0);
        }
    }

    private static Answer events(WatchKey key) {
        List<WatchEvent<?>> events = key.pollEvents();
        WireWriter out = new WireWriter().writeInt(events.size());
        for (WatchEvent<?> event : events) {
            Object context = event.context();
            out.writeString(event.kind().name()).writeInt(event.count())
                    .writeString(context == null ? null : context.toString());
        }
        return CallExecutor.ok(out.toByteArray());
    }

    private WatchService service(int handle) {
        WatchService service = services.find(handle);
        if (service == null) {
            throw new ClosedWatchServiceException();
        }
        return service;
    }

    private WatchKey key(WireReader in) {
        int handle = in.readInt();
        in.expectEnd();
        WatchKey key = keys.find(handle);
        if (key == null) {
            throw new MalformedCallException("no watch key " + handle);
        }
        return key;
    }

    private static Answer bool(boolean value) {
        return CallExecutor.ok(new WireWriter().writeBoolean(value).toByteArray());
    }

    /** A kind the JDK defines, or one only named: the real service refuses it as it would the program's own. */
    private static WatchEvent.Kind<?> kind(String name) {
        WatchEvent.Kind<?> standard = WatchKinds.standard(name);
        return standard != null ? standard : new NamedKind(name);
    }

    /**
     * The JDK's modifiers ({@code com.sun.nio.file}), sent as class and constant name; any other is only named,
     * and the real service refuses it.
     */
    private static WatchEvent.Modifier modifier(String qualified) {
        int dot = qualified.lastIndexOf('.');
        String type = dot < 0 ? "" : qualified.substring(0, dot);
        String name = qualified.substring(dot + 1);
        try {
            if (type.equals(SensitivityWatchEventModifier.class.getName())) {
                return SensitivityWatchEventModifier.valueOf(name);
            }
            if (type.equals(ExtendedWatchEventModifier.class.getName())) {
                return ExtendedWatchEventModifier.valueOf(name);
            }
        } catch (IllegalArgumentException unknown) {
            // Named only, below.
        }
        return () -> name;
    }

    private static final class NamedKind implements WatchEvent.Kind<Object> {
        private final String name;

        NamedKind(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Class<Object> type() {
            return Object.class;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
