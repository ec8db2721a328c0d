package io.jplr.test.apps;

import java.io.IOException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Pipe;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;

/**
 * What jPLR does not replicate: a UNIX-domain SocketChannel (argument {@code unix PATH}: connects to PATH)
 * and a Selector with a local Pipe (argument {@code pipe}).
 */
public final class RefusedChannels {
    public static void main(String[] args) throws IOException {
        if (args[0].equals("unix")) {
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(Path.of(args[1])))) {
                System.out.println("connected");
            }
        } else {
            Pipe pipe = Pipe.open();
            try (Selector selector = Selector.open()) {
                pipe.source().configureBlocking(false);
                pipe.source().register(selector, SelectionKey.OP_READ);
                System.out.println("registered");
            }
        }
    }
}
