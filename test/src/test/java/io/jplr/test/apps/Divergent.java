package io.jplr.test.apps;

/**
 * A program that misbehaves in one chosen replica: the test-only switch {@code -Djplr.test.faultyReplica=K}
 * on the master gives replica K the property {@code jplr.test.faulty}, and there this program prints a
 * different second line and exits with another status. This is the test-only fault until the fault
 * injector lands.
 */
public final class Divergent {
    public static void main(String[] args) {
        boolean faulty = Boolean.getBoolean("jplr.test.faulty");
        System.out.println("first line");
        System.out.println(faulty ? "corrupted line" : "second line");
        System.out.println("third line");
        System.exit(faulty ? 9 : 0);
    }
}
