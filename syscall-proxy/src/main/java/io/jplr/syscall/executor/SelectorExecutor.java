package io.jplr.syscall.executor;

import io.jplr.bootstrap.Answer;
import io.jplr.bootstrap.MalformedCallException;
import io.jplr.bootstrap.WireReader;
import io.jplr.bootstrap.WireWriter;
import io.jplr.syscall.table.Call;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The replicas' selectors: one real Selector per replica selector, with the master's channels registered
 * as the replicas registered theirs. A select brings the real keys in line with the registrations the
 * replicas sent, selects (blocking on a worker), and answers which registrations are ready, in the order
 * they were sent, so that every replica fills its selected-key set alike.
 */
final class SelectorExecutor {
    private final HandleTable<NetworkChannel> channels;
    private final HandleTable<MasterSelector> selectors = new HandleTable<>("selectors");

    SelectorExecutor(HandleTable<NetworkChannel> channels) {
        this.channels = channels;
    }

    Answer answer(Call call, WireReader in) throws IOException {
        switch (call) {
            case SELECTOR_OPEN: {
                int reserved = in.readInt();
                in.expectEnd();
                if (reserved != 0) {
                    throw new MalformedCallException("selector open " + reserved);
                }
                return CallExecutor.scalarInt(selectors.add(new MasterSelector(Selector.open())));
            }
            case SELECTOR_SELECT:
                return select(in);
            case SELECTOR_WAKEUP: {
                int handle = in.readInt();
                in.expectEnd();
                MasterSelector selector = selectors.find(handle);
                if (selector != null) {
                    selector.wakeup();
                }
                return CallExecutor.ok(new byte[0]);
            }
            case SELECTOR_CLOSE: {
                int handle = in.readInt();
                in.expectEnd();
                MasterSelector selector = selectors.remove(handle);
                if (selector != null) {
                    selector.close();
                }
                return CallExecutor.ok(new byte[0]);
            }
            default:
                throw new MalformedCallException(call + " is not a selector call");
        }
    }

    private Answer select(WireReader in) throws IOException {
        int handle = in.readInt();
        long timeout = in.readLong();
        if (timeout < -1) {
            throw new MalformedCallException("select timeout " + timeout);
        }
        int count = in.readInt();
        // Every registration takes 8 bytes: a count beyond what is left is garbage.
        if (count < 0 || count > (in.array().length - in.position()) / 8) {
            throw new MalformedCallException(count + " registrations");
        }
        int[] handles = new int[count];
        int[] interests = new int[count];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            handles[i] = in.readInt();
            interests[i] = in.readInt();
            if (!seen.add(handles[i])) {
                throw new MalformedCallException("channel " + handles[i] + " registered twice");
            }
        }
        in.expectEnd();
        MasterSelector selector = selectors.find(handle);
        if (selector == null) {
            throw new ClosedSelectorException();
        }
        return selector.select(registrations(handles), interests, timeout);
    }

    /**
     * A replica's channel is made blocking again: its keys there are all cancelled (the JDK checked), so its
     * keys here are cancelled too, before the select that would have cancelled them, or the real channel
     * would refuse to block.
     */
    void cancelKeys(SelectableChannel channel) {
        for (MasterSelector selector : selectors.all()) {
            SelectionKey key = channel.keyFor(selector.selector);
            if (key != null) {
                key.cancel();
            }
        }
    }

    private List<SelectableChannel> registrations(int[] handles) throws IOException {
        List<SelectableChannel> registered = new ArrayList<>(handles.length);
        for (int handle : handles) {
            NetworkChannel channel = channels.find(handle);
            if (channel == null) {
                throw new ClosedChannelException();
            }
            registered.add((SelectableChannel) channel);
        }
        return registered;
    }

    /** A real selector and its keys, by the channel they register. */
    private static final class MasterSelector implements Closeable {
        private final Selector selector;
        private final Map<SelectableChannel, SelectionKey> keys = new HashMap<>();

        MasterSelector(Selector selector) {
            this.selector = selector;
        }

        /**
         * Holds this selector's lock from the sync of the keys to the reading of the selected ones, so that a
         * close waits for the answer (it wakes the select up first).
         */
        synchronized Answer select(List<SelectableChannel> registered, int[] interests, long timeout)
                throws IOException {
            if (!selector.isOpen()) {
                throw new ClosedSelectorException();
            }
            List<SelectionKey> current = sync(registered, interests);
            Set<SelectionKey> selected = selector.selectedKeys();
            // The replicas keep their own selected-key sets: here every select starts afresh, so that the
            // ready sets answered are what this select found.
            selected.clear();
            if (timeout < 0) {
                selector.selectNow();
            } else if (timeout == 0) {
                selector.select();
            } else {
                selector.select(timeout);
            }
            int found = 0;
            for (SelectionKey key : current) {
                found += selected.contains(key) ? 1 : 0;
            }
            WireWriter out = new WireWriter(4 + 8 * found).writeInt(found);
            for (int i = 0; i < current.size(); i++) {
                SelectionKey key = current.get(i);
                if (selected.contains(key)) {
                    out.writeInt(i).writeInt(key.readyOps());
                }
            }
            selected.clear();
            return CallExecutor.ok(out.toByteArray());
        }

        /** Cancels the keys of channels no longer registered, registers new ones, updates interest sets. */
        private List<SelectionKey> sync(List<SelectableChannel> registered, int[] interests) throws IOException {
            Set<SelectableChannel> wanted = new HashSet<>(registered);
            for (Iterator<Map.Entry<SelectableChannel, SelectionKey>> it = keys.entrySet().iterator(); it.hasNext();) {
                Map.Entry<SelectableChannel, SelectionKey> entry = it.next();
                if (!wanted.contains(entry.getKey())) {
                    entry.getValue().cancel();
                    it.remove();
                }
            }
            List<SelectionKey> current = new ArrayList<>(registered.size());
            for (int i = 0; i < registered.size(); i++) {
                SelectableChannel channel = registered.get(i);
                SelectionKey key = keys.get(channel);
                if (key == null || !key.isValid()) {
                    key = channel.register(selector, interests[i]);
                    keys.put(channel, key);
                } else {
                    key.interestOps(interests[i]);
                }
                current.add(key);
            }
            return current;
        }

        void wakeup() {
            selector.wakeup();
        }

        /** Wakes a select up, then closes once its answer is read. */
        @Override
        public void close() throws IOException {
            selector.wakeup();
            synchronized (this) {
                selector.close();
            }
        }
    }
}
