package io.jplr.test.corpus;

import java.lang.ProcessBuilder.Redirect;

/** Redirect.INHERIT and inheritIO: the child writes straight to our stdout and stderr, in order with ours. */
public final class ProcessInherit {
    public static void main(String[] args) throws Exception {
        System.out.println("before the child");
        System.out.flush();
        Process child = new ProcessBuilder("sh", "-c", "echo from the child on stdout").redirectOutput(Redirect.INHERIT)
                .start();
        System.out.println("child exit " + child.waitFor());
        System.err.println("our stderr before the second child");
        System.err.flush();
        Process both = new ProcessBuilder("sh", "-c", "echo child out; echo child err >&2; exit 3").inheritIO().start();
        int exit = both.waitFor();
        System.out.println("inheritIO exit " + exit);
        System.out.flush();
        Process errOnly = new ProcessBuilder("sh", "-c", "echo only stderr inherited >&2; echo piped")
                .redirectError(Redirect.INHERIT).start();
        String piped = new String(errOnly.getInputStream().readAllBytes()).trim();
        System.out.println("piped part " + piped + " exit " + errOnly.waitFor());
        System.out.println("the end");
    }
}
