package samples.io;

import java.io.PrintStream;

import samples.Category;
import samples.Sample;
import samples.Size;

/** Lets an exception escape main, so the JVM prints the stack trace and exits with status 1. */
public final class ThrowSample implements Sample {

    @Override
    public String name() {
        return "throw";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "throws IllegalStateException out of main (exit 1)";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        out.println("about to fail");
        throw new IllegalStateException("sample failure");
    }
}
