package io.jplr.bootstrap;

import io.jplr.syscall.table.Call;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.AbstractSelector;
import java.nio.channels.spi.SelectorProvider;
import java.util.Objects;

/**
 * Entry points for the network APIs of the default {@code SelectorProvider} and for host name lookups. The
 * provider's SocketChannel, ServerSocketChannel, DatagramChannel and Selector are the master's
 * ({@link RemoteSocketChannel}, {@link RemoteServerSocketChannel}, {@link RemoteDatagramChannel},
 * {@link RemoteSelector}); UNIX-domain channels are refused with a clear error rather than opened by a
 * replica itself. Host names are resolved by the master. {@code java.net.Socket} and {@code ServerSocket}
 * are replicated through their factories ({@link RemoteSocketImpl}), {@code DatagramSocket} through its
 * delegate ({@link RemoteDatagramSocket}).
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

    /**
     * The guard of the provider's channel and selector factories: whether this thread's calls go to the
     * master (not before the replica is connected to it, whose doorbell is a UNIX-domain SocketChannel, nor
     * inside jPLR's own calls).
     */
    public static boolean active(SelectorProvider provider) {
        return Remote.active();
    }

    public static SocketChannel openSocketChannel(SelectorProvider provider) {
        RemoteChannels.Opened opened = RemoteChannels.open(ChannelKind.SOCKET, null);
        return new RemoteSocketChannel(provider, opened.handle, opened.options);
    }

    public static SocketChannel openSocketChannel(SelectorProvider provider, ProtocolFamily family) {
        RemoteChannels.Opened opened = RemoteChannels.open(ChannelKind.SOCKET, internetFamily(family,
                "UNIX-domain SocketChannel (SocketChannel.open(StandardProtocolFamily.UNIX))"));
        return new RemoteSocketChannel(provider, opened.handle, opened.options);
    }

    public static ServerSocketChannel openServerSocketChannel(SelectorProvider provider) {
        RemoteChannels.Opened opened = RemoteChannels.open(ChannelKind.SERVER_SOCKET, null);
        return new RemoteServerSocketChannel(provider, opened.handle, opened.options);
    }

    public static ServerSocketChannel openServerSocketChannel(SelectorProvider provider, ProtocolFamily family) {
        RemoteChannels.Opened opened = RemoteChannels.open(ChannelKind.SERVER_SOCKET, internetFamily(family,
                "UNIX-domain ServerSocketChannel (ServerSocketChannel.open(StandardProtocolFamily.UNIX))"));
        return new RemoteServerSocketChannel(provider, opened.handle, opened.options);
    }

    public static DatagramChannel openDatagramChannel(SelectorProvider provider) {
        RemoteChannels.Opened opened = RemoteChannels.open(ChannelKind.DATAGRAM, null);
        return new RemoteDatagramChannel(provider, opened.handle, opened.options);
    }

    public static DatagramChannel openDatagramChannel(SelectorProvider provider, ProtocolFamily family) {
        Objects.requireNonNull(family, "'family' is null");
        if (family != StandardProtocolFamily.INET && family != StandardProtocolFamily.INET6) {
            throw new UnsupportedOperationException("Protocol family not supported");
        }
        RemoteChannels.Opened opened = RemoteChannels.open(ChannelKind.DATAGRAM, family);
        return new RemoteDatagramChannel(provider, opened.handle, opened.options);
    }

    /** Only the JDK's DatagramSocket opens these; a replica's DatagramSocket opens its channel itself. */
    public static DatagramChannel openUninterruptibleDatagramChannel(SelectorProvider provider) {
        return openDatagramChannel(provider);
    }

    /**
     * The guard of {@code DatagramSocket.createDelegate(bindaddr, type)}: every DatagramSocket bound to an
     * internet address, or to none yet. (Other addresses, and the JDK's marker for a socket without a
     * delegate, take the JDK's way, which fails or creates nothing.)
     */
    public static boolean active(SocketAddress bindaddr, Class<?> type) {
        return Remote.active() && (bindaddr == null || bindaddr instanceof InetSocketAddress);
    }

    /**
     * {@code DatagramSocket.createDelegate}: what a replica's DatagramSocket delegates to is the socket view
     * of a remote DatagramChannel, as natively it is the view of a DatagramChannel. A MulticastSocket is
     * refused: multicast is not replicated.
     */
    public static DatagramSocket createDatagramDelegate(SocketAddress bindaddr, Class<?> type) throws SocketException {
        if (type != DatagramSocket.class) {
            throw RemoteDatagramChannel.multicast("MulticastSocket");
        }
        return RemoteDatagramSocket.create(bindaddr);
    }

    public static AbstractSelector openSelector(SelectorProvider provider) {
        return RemoteSelector.open(provider);
    }

    /** INET or INET6, the families jPLR replicates; UNIX-domain channels are refused. */
    private static ProtocolFamily internetFamily(ProtocolFamily family, String unixApi) {
        Objects.requireNonNull(family, "'family' is null");
        if (family == StandardProtocolFamily.UNIX) {
            throw PathBoundary.unsupported(unixApi);
        }
        if (family != StandardProtocolFamily.INET && family != StandardProtocolFamily.INET6) {
            throw new UnsupportedOperationException("Protocol family not supported");
        }
        return family;
    }
}
