package samples.io;

import java.io.IOException;
import java.io.PrintStream;

import samples.Category;
import samples.Sample;
import samples.Size;

/** Reads all of stdin, then interleaves identity hash codes of new objects with small writes. */
public final class IdentitySample implements Sample {

    private static final int OBJECTS = 10;

    @Override
    public String name() {
        return "identity";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "reads stdin, prints its size, then identity hash codes interleaved with output";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws IOException {
        byte[] input = System.in.readAllBytes();
        out.println("stdin bytes: " + input.length);
        for (int i = 0; i < OBJECTS; i++) {
            out.println("identityHashCode " + i + ": " + System.identityHashCode(new Object()));
            out.println("io " + i);
        }
    }
}
