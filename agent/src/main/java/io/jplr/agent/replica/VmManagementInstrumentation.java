package io.jplr.agent.replica;

import static io.jplr.agent.replica.Interception.beforeReturn;

import java.util.List;

/**
 * What {@code RuntimeMXBean} reports of the JVM through {@code sun.management.VMManagementImpl}: the input
 * arguments, the name ("pid@host") and the uptime are the master's, the JVM the user started. A replica's own
 * differ from one replica to the next (its options, its pid, its clock), so a program that logs them would
 * diverge; natively they are the user's.
 */
final class VmManagementInstrumentation implements TypeInstrumentation {
    @Override
    public String typeName() {
        return "sun.management.VMManagementImpl";
    }

    @Override
    public List<Interception> interceptions() {
        return List.of(
                beforeReturn("getVmArguments", "()Ljava/util/List;", "vmArguments"),
                beforeReturn("getVmId", "()Ljava/lang/String;", "vmId"),
                beforeReturn("getUptime", "()J", "vmUptime"));
    }
}
