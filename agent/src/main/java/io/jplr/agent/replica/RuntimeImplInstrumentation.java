package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.beforeReturn;

import java.util.List;

/**
 * {@code RuntimeMXBean.getStartTime()}: the master's start. Intercepted here because the method of
 * {@code VMManagementImpl} it calls is native, with no bytecode to weave into.
 */
final class RuntimeImplInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.management.RuntimeImpl";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(beforeReturn("getStartTime", "()J", "vmStartTime"));
    }
}
