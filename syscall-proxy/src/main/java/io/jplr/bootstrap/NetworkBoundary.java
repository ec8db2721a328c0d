package io.jplr.bootstrap;

import java.net.ProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * Entry points for the network APIs that are not replicated yet: the channels of the default
 * {@code SelectorProvider} (SocketChannel, ServerSocketChannel, DatagramChannel, and what is built on them:
 * DatagramSocket, java.net.http.HttpClient). A replica refuses them with a clear error rather than open a
 * connection of its own. {@code java.net.Socket} and {@code ServerSocket} are replicated
 * ({@link RemoteSocketImpl}).
 */
public final class NetworkBoundary {
    private NetworkBoundary() {
    }

    public static boolean active() {
        return Remote.active();
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
