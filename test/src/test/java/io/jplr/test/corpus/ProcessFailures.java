package io.jplr.test.corpus;

import java.util.concurrent.TimeUnit;

/** Process failures: a missing program, not executable, exitValue too early, waitFor timeout, destroy. */
public final class ProcessFailures {
    public static void main(String[] args) throws Exception {
        try {
            new ProcessBuilder("no-such-program-jplr-corpus", "arg").start();
        } catch (Exception e) {
            System.out.println("missing program: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Runtime.getRuntime().exec("no-such-program-jplr-corpus arg");
        } catch (Exception e) {
            System.out.println("Runtime.exec missing: " + e.getClass().getName() + ": " + e.getMessage());
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of("not-executable.sh"), "echo hi\n");
        try {
            new ProcessBuilder("./not-executable.sh").start();
        } catch (Exception e) {
            System.out.println("not executable: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            new ProcessBuilder().start();
        } catch (Exception e) {
            System.out.println("empty command: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            Runtime.getRuntime().exec("");
        } catch (Exception e) {
            System.out.println("empty exec string: " + e.getClass().getName() + ": " + e.getMessage());
        }
        Process sleeper = new ProcessBuilder("sleep", "5").start();
        try {
            sleeper.exitValue();
        } catch (IllegalThreadStateException e) {
            System.out.println("exitValue too early: " + e.getClass().getName() + ": " + e.getMessage());
        }
        System.out.println("isAlive " + sleeper.isAlive());
        System.out.println("waitFor(200 ms) " + sleeper.waitFor(200, TimeUnit.MILLISECONDS));
        sleeper.destroy();
        System.out.println("after destroy, waitFor " + sleeper.waitFor() + " isAlive " + sleeper.isAlive()
                + " exitValue " + sleeper.exitValue());
        Process forced = new ProcessBuilder("sleep", "5").start();
        forced.destroyForcibly();
        System.out.println("destroyForcibly, waitFor " + forced.waitFor());
        Process trap = new ProcessBuilder("sh", "-c", "trap 'exit 42' TERM; echo ready; while :; do sleep 0.05; done")
                .start();
        System.out.println("trap " + (char) trap.getInputStream().read() + "...");
        trap.destroy();
        System.out.println("a child that traps TERM exits " + trap.waitFor());
        Process quick = new ProcessBuilder("true").start();
        System.out.println("waitFor(5 s) on a quick child " + quick.waitFor(5, TimeUnit.SECONDS) + " exit "
                + quick.exitValue());
        System.out.println("supportsNormalTermination " + quick.supportsNormalTermination());
    }
}
