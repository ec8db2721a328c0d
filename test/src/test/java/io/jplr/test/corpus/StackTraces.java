package io.jplr.test.corpus;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Failures printed with their stack traces: what the JDK did for the call (the master's frames) and the program's
 * own frames below, as a native run prints them, including a JDK method that calls an overload of itself.
 */
public final class StackTraces {
    public static void main(String[] args) {
        try {
            new FileInputStream("absent-jplr-corpus.txt").close();
        } catch (IOException e) {
            e.printStackTrace();
        }
        try {
            new RandomAccessFile("absent-jplr-corpus.txt", "r").close();
        } catch (IOException e) {
            e.printStackTrace();
        }
        try {
            Files.readAllBytes(Path.of("absent-jplr-corpus.txt"));
        } catch (IOException e) {
            e.printStackTrace();
        }
        try {
            new ProcessBuilder("no-such-program-jplr-corpus").start();
        } catch (IOException e) {
            e.printStackTrace();
        }
        try {
            Runtime.getRuntime().exec(new String[] {"no-such-program-jplr-corpus"});
        } catch (IOException e) {
            e.printStackTrace();
        }
    }
}
