package samples.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;

import samples.Category;
import samples.Sample;
import samples.Size;

/** Numbers the lines of stdin on stdout and reports the line count on stderr. */
public final class LinesSample implements Sample {

    @Override
    public String name() {
        return "lines";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "numbers stdin lines on stdout, line count on stderr";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) throws IOException {
        // The platform charset, as a plain program reading System.in would use.
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
        int count = 0;
        String line;
        while ((line = reader.readLine()) != null) {
            count++;
            out.println(count + ": " + line);
        }
        System.err.println(count + " lines");
    }
}
