package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * {@code DatagramSocket.createDelegate}, where every DatagramSocket (and MulticastSocket) gets the object it
 * delegates to, natively the JDK's socket view of a new DatagramChannel, which needs the JDK's own channel
 * class: in a replica, the socket view of a remote DatagramChannel ({@code io.jplr.bootstrap
 * .RemoteDatagramSocket}); a MulticastSocket is refused.
 */
final class DatagramSocketInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.net.DatagramSocket";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(replaceIf("active", "createDelegate",
                "(Ljava/net/SocketAddress;Ljava/lang/Class;)Ljava/net/DatagramSocket;", "createDatagramDelegate", true)
                .guardingOn(2).via(Boundaries.NETWORK));
    }
}
