package samples.io;

import java.io.PrintStream;

import samples.Category;
import samples.Sample;
import samples.Size;

/** Stops the JVM with Runtime.halt(5), which skips the shutdown hook it registered. */
public final class HaltSample implements Sample {

    @Override
    public String name() {
        return "halt";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "Runtime.halt(5); its shutdown hook must not run";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("hook");
            out.flush();
        }));
        out.println("halting");
        out.flush();
        Runtime.getRuntime().halt(5);
    }
}
