package io.jplr.faultinjector.tool;

import io.jplr.faultinjector.FaultInjectorMXBean;
import io.jplr.faultinjector.FaultModel;

/**
 * One call of the FaultInjector bean: the model, the replica, and the one parameter the model takes.
 *
 * @param branch for {@code register}: the backward branch at which the bit flips
 * @param bits   for {@code memory}: how many bits
 * @param millis for {@code slow}: the delay added to each boundary call
 */
record FaultOperation(FaultModel model, int replica, long branch, int bits, long millis) {

    /** Injects the fault and returns the bean's description of what it did. */
    String applyTo(FaultInjectorMXBean injector) {
        return switch (model) {
            case HEAP -> injector.flipHeapBit(replica);
            case REGISTER -> injector.flipRegisterBit(replica, branch);
            case MEMORY -> injector.flipMemoryBit(replica, bits);
            case OUTPUT -> injector.corruptNextOutput(replica);
            case CRASH -> injector.crash(replica);
            case HANG -> injector.hang(replica);
            case SLOW -> injector.slow(replica, millis);
        };
    }
}
