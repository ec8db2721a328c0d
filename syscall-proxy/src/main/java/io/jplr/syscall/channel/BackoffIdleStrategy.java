package io.jplr.syscall.channel;

import java.util.concurrent.locks.LockSupport;

/**
 * Spin briefly, then yield, then park for exponentially longer up to a cap.
 *
 * <p>jPLR runs N replicas and a master on as few as two cores, so a waiter must give the core away quickly:
 * pure spinning would starve the very replicas it waits for. The few spins catch an answer that is already
 * on its way (a master that is busy answering), yielding hands the core to a runnable replica, and parking
 * bounds the cost of a long idle period to about one wake-up per {@code maxParkNanos}. A replica uses it
 * only while its request ring is full, that is while the master is busy draining it; waits for an answer
 * or for work block on a doorbell instead (see {@link WaitPolicy}).
 */
public final class BackoffIdleStrategy implements IdleStrategy {
    private final int spins;
    private final int yields;
    private final long minParkNanos;
    private final long maxParkNanos;

    private int count;
    private long parkNanos;

    public BackoffIdleStrategy(int spins, int yields, long minParkNanos, long maxParkNanos) {
        this.spins = spins;
        this.yields = yields;
        this.minParkNanos = minParkNanos;
        this.maxParkNanos = maxParkNanos;
        this.parkNanos = minParkNanos;
    }

    /** The strategy both sides of a replica channel use. */
    public static BackoffIdleStrategy forChannel() {
        return new BackoffIdleStrategy(100, 20, 20_000, 1_000_000);
    }

    @Override
    public void idle() {
        if (count < spins) {
            count++;
            Thread.onSpinWait();
        } else if (count < spins + yields) {
            count++;
            Thread.yield();
        } else {
            LockSupport.parkNanos(parkNanos);
            parkNanos = Math.min(parkNanos * 2, maxParkNanos);
        }
    }

    @Override
    public void reset() {
        count = 0;
        parkNanos = minParkNanos;
    }
}
