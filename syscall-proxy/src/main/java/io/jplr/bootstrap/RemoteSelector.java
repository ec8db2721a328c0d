package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.io.IOException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.spi.AbstractSelectableChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A replica's {@code Selector}: the master holds a real Selector and the real channels. Each select sends
 * the registrations (channel handle and interest set, in registration order) and the timeout; the master
 * brings its own keys in line, selects once (a select's outcome is decided once for every replica, like an
 * input) and answers which registrations are ready, in the same order. The selected-key set is kept here,
 * insertion-ordered, so that every replica iterates it alike, and is updated as the JDK's selector updates
 * its own. Only the replicated network channels can be registered.
 */
final class RemoteSelector extends AbstractSelector {
    /** The timeouts of {@link Call#SELECTOR_SELECT}. */
    private static final long NOW = -1;
    private static final long FOREVER = 0;

    private final int handle;
    private final Set<SelectionKey> keys = new LinkedHashSet<>();
    private final Set<SelectionKey> publicKeys = Collections.unmodifiableSet(keys);
    private final Set<SelectionKey> selectedKeys = new LinkedHashSet<>();
    private final Set<SelectionKey> publicSelectedKeys = new UngrowableSet(selectedKeys);

    RemoteSelector(SelectorProvider provider, int handle) {
        super(provider);
        this.handle = handle;
    }

    static RemoteSelector open(SelectorProvider provider) {
        WireReader answer = Remote.reader(Remote.call(Call.SELECTOR_OPEN, new WireWriter().writeInt(0)));
        return new RemoteSelector(provider, answer.readInt());
    }

    private void ensureOpen() {
        if (!isOpen()) {
            throw new ClosedSelectorException();
        }
    }

    @Override
    public Set<SelectionKey> keys() {
        ensureOpen();
        return publicKeys;
    }

    @Override
    public Set<SelectionKey> selectedKeys() {
        ensureOpen();
        return publicSelectedKeys;
    }

    @Override
    protected SelectionKey register(AbstractSelectableChannel channel, int ops, Object attachment) {
        if (!(channel instanceof RemoteChannel)) {
            throw PathBoundary.unsupported("Selector with a " + channel.getClass().getName()
                    + " (only SocketChannel, ServerSocketChannel and DatagramChannel can be registered)");
        }
        RemoteSelectionKey key = new RemoteSelectionKey(channel, this);
        key.attach(attachment);
        synchronized (keys) {
            ensureOpen();
            keys.add(key);
        }
        key.interestOps(ops);
        return key;
    }

    @Override
    public int selectNow() throws IOException {
        return lockAndSelect(null, NOW);
    }

    @Override
    public int select(long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return lockAndSelect(null, timeout);
    }

    @Override
    public int select() throws IOException {
        return lockAndSelect(null, FOREVER);
    }

    @Override
    public int select(Consumer<SelectionKey> action, long timeout) throws IOException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Negative timeout");
        }
        return lockAndSelect(Objects.requireNonNull(action), timeout);
    }

    @Override
    public int select(Consumer<SelectionKey> action) throws IOException {
        return lockAndSelect(Objects.requireNonNull(action), FOREVER);
    }

    @Override
    public int selectNow(Consumer<SelectionKey> action) throws IOException {
        return lockAndSelect(Objects.requireNonNull(action), NOW);
    }

    private int lockAndSelect(Consumer<SelectionKey> action, long timeout) throws IOException {
        synchronized (this) {
            ensureOpen();
            synchronized (publicSelectedKeys) {
                return doSelect(action, timeout);
            }
        }
    }

    /**
     * One selection: the keys that became ready are added to the selected-key set (or handed to
     * {@code action}), a key already there has the new ready operations added; the count is the number of
     * keys updated, as natively.
     */
    private int doSelect(Consumer<SelectionKey> action, long timeout) throws IOException {
        deregisterCancelledKeys();
        List<RemoteSelectionKey> registered = new ArrayList<>();
        synchronized (keys) {
            for (SelectionKey key : keys) {
                registered.add((RemoteSelectionKey) key);
            }
        }
        WireWriter arguments = new WireWriter().writeInt(handle).writeLong(timeout).writeInt(registered.size());
        for (RemoteSelectionKey key : registered) {
            arguments.writeInt(key.handle()).writeInt(key.currentInterestOps());
        }
        WireReader answer;
        begin();
        try {
            answer = Remote.reader(Remote.call(Call.SELECTOR_SELECT, arguments));
        } finally {
            end();
        }
        int ready = answer.readInt();
        if (ready < 0 || ready > registered.size()) {
            throw new IOException("jPLR: the master found " + ready + " of " + registered.size() + " keys ready");
        }
        int updated = 0;
        for (int i = 0; i < ready; i++) {
            int index = answer.readInt();
            int ops = answer.readInt();
            if (index < 0 || index >= registered.size()) {
                throw new IOException("jPLR: the master answered key " + index + " of " + registered.size());
            }
            RemoteSelectionKey key = registered.get(index);
            if (key.isValid() && update(key, ops, action)) {
                updated++;
            }
        }
        deregisterCancelledKeys();
        return updated;
    }

    private boolean update(RemoteSelectionKey key, int ops, Consumer<SelectionKey> action) {
        if (action != null) {
            key.readyOps(ops);
            if ((ops & key.currentInterestOps()) == 0) {
                return false;
            }
            action.accept(key);
            ensureOpen();
            return true;
        }
        if (selectedKeys.contains(key)) {
            int before = key.currentReadyOps();
            key.readyOps(before | ops);
            return (ops & ~before) != 0;
        }
        key.readyOps(ops);
        if ((ops & key.currentInterestOps()) == 0) {
            return false;
        }
        selectedKeys.add(key);
        return true;
    }

    /** Cancelled keys leave the selector at the next selection, in registration order. */
    private void deregisterCancelledKeys() {
        Set<SelectionKey> cancelled = cancelledKeys();
        synchronized (cancelled) {
            if (cancelled.isEmpty()) {
                return;
            }
            cancelled.clear();
        }
        List<SelectionKey> gone = new ArrayList<>();
        synchronized (keys) {
            for (Iterator<SelectionKey> it = keys.iterator(); it.hasNext();) {
                SelectionKey key = it.next();
                if (!key.isValid()) {
                    it.remove();
                    gone.add(key);
                }
            }
        }
        for (SelectionKey key : gone) {
            selectedKeys.remove(key);
            deregister((RemoteSelectionKey) key);
        }
    }

    @Override
    public Selector wakeup() {
        if (isOpen() && Boundary.handler() != null) {
            Remote.call(Call.SELECTOR_WAKEUP, new WireWriter().writeInt(handle));
        }
        return this;
    }

    /** The master closes its selector first: that ends a select another thread is blocked in. */
    @Override
    protected void implCloseSelector() throws IOException {
        if (Boundary.handler() != null) {
            Remote.call(Call.SELECTOR_CLOSE, new WireWriter().writeInt(handle));
        }
        synchronized (this) {
            synchronized (publicSelectedKeys) {
                List<SelectionKey> all;
                synchronized (keys) {
                    all = new ArrayList<>(keys);
                    keys.clear();
                }
                for (SelectionKey key : all) {
                    deregister((RemoteSelectionKey) key);
                }
                selectedKeys.clear();
            }
        }
    }

    /** As the JDK's selector prints itself (it does not override Object's). */
    @Override
    public String toString() {
        return "sun.nio.ch.EPollSelectorImpl@" + Integer.toHexString(hashCode());
    }

    /** The selected-key set as the application sees it: keys may be removed, never added. */
    private static final class UngrowableSet extends AbstractSet<SelectionKey> {
        private final Set<SelectionKey> keys;

        UngrowableSet(Set<SelectionKey> keys) {
            this.keys = keys;
        }

        @Override
        public Iterator<SelectionKey> iterator() {
            return keys.iterator();
        }

        @Override
        public int size() {
            return keys.size();
        }

        @Override
        public boolean contains(Object key) {
            return keys.contains(key);
        }

        @Override
        public boolean remove(Object key) {
            return keys.remove(key);
        }

        @Override
        public void clear() {
            keys.clear();
        }

        @Override
        public boolean add(SelectionKey key) {
            throw new UnsupportedOperationException();
        }
    }
}
