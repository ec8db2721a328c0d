package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultInjectorMXBean;

/** An open line to a job's FaultInjector bean; closing it leaves the job running. */
interface InjectorConnection extends AutoCloseable {
    FaultInjectorMXBean injector();

    @Override
    void close();
}
