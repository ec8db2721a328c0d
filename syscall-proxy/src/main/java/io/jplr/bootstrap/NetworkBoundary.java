package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.net.InetAddress;
import java.net.ProtocolFamily;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Entry points for the network APIs that are not replicated yet: the channels of the default
 * {@code SelectorProvider} (SocketChannel, ServerSocketChannel, DatagramChannel, and what is built on them:
 * DatagramSocket, java.net.http.HttpClient). Host name lookups are the master's. A replica refuses them with a clear error rather than open a
 * connection of its own. {@code java.net.Socket} and {@code ServerSocket} are replicated
 * ({@link RemoteSocketImpl}).
 */
public final class NetworkBoundary {
    private NetworkBoundary() {
    }

    public static boolean active() {
        return Remote.active();
    }

    /**
     * {@code InetAddress.getAllByName0(host, flag)} (JDK 17: check, JDK 25: use the cache): host names are
     * resolved once, by the master, so every replica connects to the same address.
     */
    public static InetAddress[] lookup(String host, boolean flag) throws UnknownHostException {
        WireReader answer = Remote.reader(Remote.call(Call.NAME_LOOKUP, new WireWriter().writeString(host)));
        int count = answer.readInt();
        InetAddress[] addresses = new InetAddress[count];
        for (int i = 0; i < count; i++) {
            addresses[i] = InetAddress.getByAddress(host, answer.readBytes());
        }
        return addresses;
    }

    /** JDK 17's designated lookup, with the address the caller wants first. */
    public static InetAddress[] lookup(String host, InetAddress wantedFirst, boolean check, boolean useCache)
            throws UnknownHostException {
        InetAddress[] addresses = lookup(host, check);
        if (wantedFirst != null) {
            for (int i = 1; i < addresses.length; i++) {
                if (addresses[i].equals(wantedFirst)) {
                    InetAddress first = addresses[i];
                    System.arraycopy(addresses, 0, addresses, 1, i);
                    addresses[0] = first;
                    break;
                }
            }
        }
        return addresses;
    }

    public static SocketChannel openSocketChannel() {
        throw PathBoundary.unsupported("SocketChannel (java.nio.channels, java.net.http.HttpClient)");
    }

    public static SocketChannel openSocketChannel(ProtocolFamily family) {
        return openSocketChannel();
    }

    public static ServerSocketChannel openServerSocketChannel() {
        throw PathBoundary.unsupported("ServerSocketChannel");
    }

    public static ServerSocketChannel openServerSocketChannel(ProtocolFamily family) {
        return openServerSocketChannel();
    }

    public static DatagramChannel openDatagramChannel() {
        throw PathBoundary.unsupported("DatagramChannel and DatagramSocket");
    }

    public static DatagramChannel openDatagramChannel(ProtocolFamily family) {
        return openDatagramChannel();
    }

    public static DatagramChannel openUninterruptibleDatagramChannel() {
        return openDatagramChannel();
    }
}
