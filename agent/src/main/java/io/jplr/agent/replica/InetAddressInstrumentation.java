package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.replaceIf;

import java.util.List;

/**
 * Host name lookups ({@code InetAddress.getByName}, {@code getAllByName}, and every socket connect to a
 * name): the master resolves, the replicas receive its answer. The lookup methods differ between JDK 17 and
 * 25; each is covered where it exists.
 */
final class InetAddressInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "java.net.InetAddress";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                replaceIf("active", "getAllByName0", "(Ljava/lang/String;Z)[Ljava/net/InetAddress;", "lookup", false)
                        .via(Boundaries.NETWORK),
                replaceIf("active", "getAllByName0", "(Ljava/lang/String;Ljava/net/InetAddress;ZZ)"
                        + "[Ljava/net/InetAddress;", "lookup", false).via(Boundaries.NETWORK));
    }
}
