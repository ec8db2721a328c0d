package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * The channels of the default {@code SelectorProvider} that reach the network: not replicated yet, so a
 * replica refuses them with a clear error instead of opening a connection of its own. Pipes and selectors
 * stay local (they never leave the process).
 */
final class SelectorProviderInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.nio.ch.SelectorProviderImpl";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                refuse("openSocketChannel", "()Ljava/nio/channels/SocketChannel;"),
                refuse("openSocketChannel", "(Ljava/net/ProtocolFamily;)Ljava/nio/channels/SocketChannel;"),
                refuse("openServerSocketChannel", "()Ljava/nio/channels/ServerSocketChannel;"),
                refuse("openServerSocketChannel", "(Ljava/net/ProtocolFamily;)Ljava/nio/channels/ServerSocketChannel;"),
                refuse("openDatagramChannel", "()Ljava/nio/channels/DatagramChannel;"),
                refuse("openDatagramChannel", "(Ljava/net/ProtocolFamily;)Ljava/nio/channels/DatagramChannel;"),
                refuse("openUninterruptibleDatagramChannel", "()Ljava/nio/channels/DatagramChannel;"));
    }

    private static Interception refuse(String method, String descriptor) {
        return replaceIf("active", method, descriptor, method, true).via(Boundaries.NETWORK);
    }
}
