package io.jplr.test.apps;

/**
 * A program whose chosen replica ({@code -Djplr.test.faultyReplica=K}, see {@link Divergent}) writes exactly what
 * the others write and reaches the same exit, but ends with status 1: its main throws an exception that its
 * uncaught-exception handler swallows, so nothing of it is written. So a JVM that dies after announcing its exit
 * looks to the master (a fatal JVM error there ends the process with status 1 too).
 */
public final class QuietFailure {
    public static void main(String[] args) {
        System.out.println("first line");
        System.out.println("second line");
        if (System.getProperty("jplr.test.faulty") != null) {
            Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> { });
            throw new IllegalStateException("quiet");
        }
    }
}
