package io.jplr.test;

import static org.junit.jupiter.api.Assertions.fail;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** A local JMX connection to a running JVM by pid, the way jconsole makes one (Attach API). */
final class JobJmx implements AutoCloseable {
    static final String FAULT_INJECTOR = "io.jplr:type=FaultInjector";
    private static final long WAIT_NANOS = 60_000_000_000L;

    private final JMXConnector connector;
    private final MBeanServerConnection server;

    private JobJmx(JMXConnector connector) throws Exception {
        this.connector = connector;
        this.server = connector.getMBeanServerConnection();
    }

    /**
     * Attaches, retrying while the JVM is still starting: right after its launch, a JVM may accept the attach
     * but fail to start its management agent (the attach operation fails) until its initialization is done.
     */
    static JobJmx attach(long pid) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            try {
                VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
                try {
                    return new JobJmx(JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent())));
                } finally {
                    vm.detach();
                }
            } catch (AttachNotSupportedException | IOException e) {
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * Connects to the remote JMX agent of the JVM {@code job} on {@code port} of the loopback interface with
     * these credentials, retrying while the job starts (the port is not open yet). A refused login is not
     * retried: it is the {@link SecurityException} of {@link JMXConnectorFactory#connect}.
     */
    static JobJmx remote(Process job, int port, String user, String password) throws Exception {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi");
        Map<String, Object> environment = Map.of(JMXConnector.CREDENTIALS, new String[] {user, password});
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (true) {
            try {
                return new JobJmx(JMXConnectorFactory.connect(url, environment));
            } catch (IOException notListeningYet) {
                if (!job.isAlive() || System.nanoTime() > deadline) {
                    throw notListeningYet;
                }
                Thread.sleep(50);
            }
        }
    }

    MBeanServerConnection server() {
        return server;
    }

    boolean registered(String name) throws Exception {
        return server.isRegistered(new ObjectName(name));
    }

    /** Waits (bounded) until {@code name} is registered. */
    void await(String name) throws Exception {
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!registered(name)) {
            if (System.nanoTime() > deadline) {
                fail(name + " was not registered within 60 s");
            }
            Thread.sleep(50);
        }
    }

    Object attribute(String name, String attribute) throws Exception {
        return server.getAttribute(new ObjectName(name), attribute);
    }

    /** Invokes an operation of the fault injector; {@code arguments} are ints and longs as the operation wants. */
    String inject(String operation, Object... arguments) throws Exception {
        String[] signature = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            signature[i] = arguments[i] instanceof Integer ? "int" : "long";
        }
        return (String) server.invoke(new ObjectName(FAULT_INJECTOR), operation, arguments, signature);
    }

    @Override
    public void close() throws Exception {
        connector.close();
    }
}
