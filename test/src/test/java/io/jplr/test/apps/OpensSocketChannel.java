package io.jplr.test.apps;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;

/** Connects with a SocketChannel (not replicated yet: refused under jPLR). Argument: PORT. */
public final class OpensSocketChannel {
    public static void main(String[] args) throws IOException {
        try (SocketChannel channel = SocketChannel.open(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])))) {
            System.out.println("connected");
        }
    }
}
