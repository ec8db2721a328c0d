package io.jplr.faultinjector;

import java.io.IOException;
import java.util.SplittableRandom;

/** Flips one bit in the process given as argument and prints what happened: the test runs it as another user. */
public final class FlipBitsMain {
    private FlipBitsMain() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(ProcessMemory.flipBits(Long.parseLong(args[0]), 1, new SplittableRandom(1)));
        } catch (IOException e) {
            System.out.println("IOException: " + e.getMessage());
        }
    }
}
