package io.jplr.test.corpus;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** ProcessBuilder with sh -c: stdout, stderr read separately, exit values, a file written by the child. */
public final class ProcessOutput {
    public static void main(String[] args) throws Exception {
        run("echo hello; echo world");
        run("echo to-stderr >&2; echo to-stdout; exit 7");
        run("printf 'no newline'");
        run("i=0; while [ $i -lt 2000 ]; do echo line $i; i=$((i+1)); done | tail -n 2");
        run("echo written by the child > child.txt; cat child.txt; ls");
        run("exit 255");
        run("kill -TERM $$");
        Process process = new ProcessBuilder("sh", "-c", "echo hi").start();
        System.out.println("waitFor " + process.waitFor() + " exitValue " + process.exitValue() + " isAlive "
                + process.isAlive());
        System.out.println("stdout after exit " + new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).trim());
        Process quiet = new ProcessBuilder("true").start();
        System.out.println("true exits " + quiet.waitFor() + " and prints " + quiet.getInputStream().read());
        Process big = new ProcessBuilder("sh", "-c", "head -c 300000 /dev/zero").start();
        System.out.println("300000 zero bytes: read " + big.getInputStream().readAllBytes().length + " exit "
                + big.waitFor());
    }

    private static void run(String script) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", script).start();
        String out;
        String err;
        try (InputStream stdout = process.getInputStream(); InputStream stderr = process.getErrorStream()) {
            out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = process.waitFor();
        System.out.println("$ " + script + "\n  exit " + exit + "\n  out [" + out.replace("\n", "|") + "]\n  err ["
                + err.replace("\n", "|") + "]");
    }
}
