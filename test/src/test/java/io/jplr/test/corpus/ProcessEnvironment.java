package io.jplr.test.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** ProcessBuilder.environment(): put, remove, clear, inherited variables seen by printenv. */
public final class ProcessEnvironment {
    public static void main(String[] args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("printenv", "CORPUS_CHILD");
        builder.environment().put("CORPUS_CHILD", "set for the child \u00e9");
        System.out.println("put: " + run(builder));
        builder.command("printenv", "CORPUS_VARIABLE");
        System.out.println("inherited: " + run(builder));
        builder.environment().remove("CORPUS_VARIABLE");
        System.out.println("removed: " + run(builder));
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.put("ONLY", "one");
        builder.command("/usr/bin/env");
        System.out.println("cleared: " + run(builder));
        ProcessBuilder fresh = new ProcessBuilder("sh", "-c", "echo \"$CORPUS_VARIABLE/$NOT_SET_ANYWHERE/$X\"");
        fresh.environment().put("X", "a b  c");
        System.out.println("sh: " + run(fresh));
        Process viaRuntime = Runtime.getRuntime().exec(new String[] {"sh", "-c", "echo $RUNTIME_VAR"},
                new String[] {"RUNTIME_VAR=from envp"});
        System.out.println("Runtime.exec envp: " + new String(viaRuntime.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).trim() + " exit " + viaRuntime.waitFor());
        try {
            builder.environment().put("BAD=NAME", "x");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            builder.environment().put("NUL", "a\0b");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static String run(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\n", "|");
        return "[" + out + "] exit " + process.waitFor();
    }
}
