package io.jplr.faultinjector;

/**
 * Injects one fault into one replica of a running job ({@code io.jplr:type=FaultInjector}). Replicas are
 * numbered from 0. Every operation returns a one-line description of what was injected, or fails with an
 * {@link IllegalArgumentException} naming what is wrong (no such replica, replica not running, bad count).
 */
public interface FaultInjectorMXBean {
    String OBJECT_NAME = "io.jplr:type=FaultInjector";

    /** The number of replica slots (0 to replicas - 1), or 1 when the job runs unreplicated. */
    int getReplicas();

    /** {@code DMR}, {@code TMR}, {@code NMR(n)}, or {@code off} (the injections go into the one JVM). */
    String getMode();

    /**
     * The seed of the next operation's random choices (which field, which bit, which page...). Each operation
     * draws from it and then advances it, so a campaign that sets it before each injection is reproducible.
     */
    long getSeed();

    void setSeed(long seed);

    /** Flips one random bit of a random primitive field or array element reachable from application classes. */
    String flipHeapBit(int replica);

    /**
     * Flips one bit of a live local variable or operand when the replica executes its {@code branch}-th
     * backward branch in application code (counted from its start).
     */
    String flipRegisterBit(int replica, long branch);

    /** The backward branches the replica has executed in application code so far (published every 200 ms). */
    long branchCount(int replica);

    /**
     * Arms a fault of {@code model} ({@code heap}, {@code register}, {@code memory}, {@code output},
     * {@code crash} or {@code hang}) to strike when the replica executes its {@code branch}-th backward branch
     * in application code, on the application's thread: a point uniform over the program's execution and
     * reproducible, which is what campaigns use. A replica still starting is armed before its main runs. A
     * memory fault (one bit) comes from outside, once the replica's published count is past the branch.
     */
    String injectAtBranch(int replica, String model, long branch);

    /** Flips {@code count} random bits of the replica's resident private memory through /proc/PID/mem. */
    String flipMemoryBit(int replica, int count);

    /** Flips one bit of the next output (or effect's arguments) the replica sends. */
    String corruptNextOutput(int replica);

    /** Crashes the replica's JVM (a SIGSEGV in the JVM, as a hardware fault would). */
    String crash(int replica);

    /** The replica's next boundary call never returns, while its JVM stays alive. */
    String hang(int replica);

    /** Delays every boundary call of the replica by {@code millis} from now on. */
    String slow(int replica, long millis);

    /** One fault of a random model into a random replica at a random point, all drawn from {@code seed}. */
    String injectRandom(long seed);
}
