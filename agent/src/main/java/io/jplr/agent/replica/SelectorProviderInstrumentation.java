package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * The network channels of the default {@code SelectorProvider}: in a replica they are the master's
 * (SocketChannel, ServerSocketChannel, DatagramChannel: {@code io.jplr.bootstrap.Remote*Channel}), and
 * UNIX-domain ones are refused with a clear error rather than opened by the replica. Pipes stay local (they
 * never leave the process). The provider is passed along: it is the channels' provider.
 */
final class SelectorProviderInstrumentation implements TypeInstrumentation {
    static final String PROVIDER = "this:Ljava/nio/channels/spi/SelectorProvider;";

    @Override
    public String typeName() {
        return "sun.nio.ch.SelectorProviderImpl";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                remote("openSocketChannel", "()Ljava/nio/channels/SocketChannel;"),
                remote("openSocketChannel", "(Ljava/net/ProtocolFamily;)Ljava/nio/channels/SocketChannel;"),
                remote("openServerSocketChannel", "()Ljava/nio/channels/ServerSocketChannel;"),
                remote("openServerSocketChannel", "(Ljava/net/ProtocolFamily;)Ljava/nio/channels/ServerSocketChannel;"),
                remote("openDatagramChannel", "()Ljava/nio/channels/DatagramChannel;"),
                remote("openDatagramChannel", "(Ljava/net/ProtocolFamily;)Ljava/nio/channels/DatagramChannel;"),
                remote("openUninterruptibleDatagramChannel", "()Ljava/nio/channels/DatagramChannel;"));
    }

    /**
     * {@code if (NetworkBoundary.active(this)) return NetworkBoundary.method(this, args);}: until the replica
     * is connected to its master (its own doorbell is a UNIX-domain SocketChannel), channels are the JDK's.
     */
    static Interception remote(String method, String descriptor) {
        return replaceIf("active", method, descriptor, method, true, PROVIDER).via(Boundaries.NETWORK);
    }
}
