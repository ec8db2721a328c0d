package io.jplr.agent.replica;

import java.util.List;

/**
 * {@code openSelector()} of a concrete provider of the JDK ({@code SelectorProviderImpl} declares it
 * abstract): in a replica a Selector is the master's ({@code io.jplr.bootstrap.RemoteSelector}), since the
 * channels it selects on are. One instance per provider class: EPoll (Linux's default) and Poll (chosen
 * with {@code -Djava.nio.channels.spi.SelectorProvider}).
 */
final class SelectorOpeningInstrumentation implements TypeInstrumentation {
    private final String typeName;

    SelectorOpeningInstrumentation(String typeName) {
        this.typeName = typeName;
    }

    @Override
    public String typeName() {
        return typeName;
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(SelectorProviderInstrumentation.remote("openSelector",
                "()Ljava/nio/channels/spi/AbstractSelector;"));
    }
}
