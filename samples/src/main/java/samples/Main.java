package samples;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Command-line entry point: {@code list}, or {@code NAME [small|large] [ARGS...]}.
 *
 * <p>A successful run returns normally from {@code main} instead of calling
 * {@code System.exit(0)}, so that samples keep the JVM's natural shutdown behaviour.
 */
public final class Main {

    /** Exit status for command-line mistakes. */
    static final int USAGE_ERROR = 2;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int status = dispatch(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command and returns the exit status; exceptions of the sample propagate. */
    static int dispatch(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            err.println("usage: samples list | samples NAME [small|large] [ARGS...]");
            return USAGE_ERROR;
        }
        if (args[0].equals("list")) {
            for (Sample sample : SampleRegistry.all()) {
                out.println(sample.name() + " " + sample.category().word() + " " + sample.description());
            }
            return 0;
        }
        Optional<Sample> sample = SampleRegistry.find(args[0]);
        if (sample.isEmpty()) {
            err.println("samples: unknown sample '" + args[0] + "' (try 'list')");
            return USAGE_ERROR;
        }
        Size size = Size.SMALL;
        if (args.length > 1) {
            Optional<Size> parsed = Size.parse(args[1]);
            if (parsed.isEmpty()) {
                err.println("samples: unknown size '" + args[1] + "' (small|large)");
                return USAGE_ERROR;
            }
            size = parsed.get();
        }
        String[] extra = args.length > 2 ? Arrays.copyOfRange(args, 2, args.length) : new String[0];
        sample.get().run(size, extra, out);
        out.flush();
        return 0;
    }
}
