package io.jplr.agent.master;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import io.jplr.replica.OperatorMessages;
import java.lang.management.ManagementFactory;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Starts the master's {@code -XX:StartFlightRecording}. The JVM starts that recording only after every
 * agent's premain has returned, and the master's never does (it runs the whole run and exits), so the master
 * asks for it itself, with the same options, through the JVM's own diagnostic command (what
 * {@code jcmd PID JFR.start} does). Replicas never get the option (nor from {@code JDK_JAVA_OPTIONS} or
 * {@code JAVA_TOOL_OPTIONS}: {@code io.jplr.replica.OptionVariables}): the recording is the master's, with
 * jPLR's divergence and recovery events on its timeline.
 */
final class MasterFlightRecording {
    static final String OPTION = "-XX:StartFlightRecording";
    private static final String FLAG = "StartFlightRecording";

    private MasterFlightRecording() {
    }

    /**
     * Starts the recording the command line or a variable the JVM reads options from asks for (see
     * {@link io.jplr.replica.ReplicaCommand#hasOption}).
     */
    static void start() {
        VMOption option;
        try {
            option = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class).getVMOption(FLAG);
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchFlag) {
            return;
        }
        if (option.getOrigin() == VMOption.Origin.DEFAULT) {
            return;
        }
        String value = option.getValue();
        String[] arguments = value.isEmpty() ? new String[0] : value.split(",");
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            server.invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"), "jfrStart",
                    new Object[] {arguments}, new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            OperatorMessages.say("the master's flight recording (-XX:" + FLAG + "=" + value
                    + ") could not be started: " + e);
        }
    }
}
