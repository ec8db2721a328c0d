package samples.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import samples.Category;
import samples.Sample;
import samples.Size;

/** Copies stdin to stdout byte for byte through a 4 KiB buffer. */
public final class CatSample implements Sample {

    @Override
    public String name() {
        return "cat";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "copies stdin to stdout byte for byte";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws IOException {
        InputStream in = System.in;
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) != -1) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }
}
