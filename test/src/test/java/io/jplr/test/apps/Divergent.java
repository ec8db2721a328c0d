package io.jplr.test.apps;

/**
 * A program that misbehaves in one chosen replica: the test-only switch {@code -Djplr.test.faultyReplica=K}
 * on the master gives the replica started with ordinal K the property {@code jplr.test.faulty} (its ordinal as
 * the value), and there this program prints a different second line and exits with another status. A
 * replacement of that replica has another ordinal, so it behaves. This is the test-only fault until the fault
 * injector lands.
 */
public final class Divergent {
    public static void main(String[] args) {
        boolean faulty = System.getProperty("jplr.test.faulty") != null;
        System.out.println("first line");
        System.out.println(faulty ? "corrupted line" : "second line");
        System.out.println("third line");
        System.exit(faulty ? 9 : 0);
    }
}
