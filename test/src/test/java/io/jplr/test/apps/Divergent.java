package io.jplr.test.apps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program that misbehaves in one chosen replica: it reads its own command line (not yet a replicated
 * input) and, in the replica whose index is the first argument, prints a different second line. This is the
 * test-only fault until the fault injector lands.
 */
public final class Divergent {
    public static void main(String[] args) throws IOException {
        String self = Files.readString(Path.of("/proc/self/cmdline")).replace('\0', ' ');
        boolean faulty = self.contains("-Djplr.replica=" + args[0] + ":");
        System.out.println("first line");
        System.out.println(faulty ? "corrupted line" : "second line");
        System.out.println("third line");
        System.exit(faulty ? 9 : 0);
    }
}
