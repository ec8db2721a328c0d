package samples.io;

import java.io.PrintStream;

import samples.Category;
import samples.Sample;
import samples.Size;

/** Exits through System.exit with a chosen status, after registering a shutdown hook that prints. */
public final class ExitSample implements Sample {

    private static final int DEFAULT_STATUS = 3;

    @Override
    public String name() {
        return "exit";
    }

    @Override
    public Category category() {
        return Category.IO;
    }

    @Override
    public String description() {
        return "System.exit with a status (argument, default 3); a shutdown hook prints 'hook'";
    }

    @Override
    public void run(Size size, String[] args, PrintStream out) {
        int status = DEFAULT_STATUS;
        if (args.length > 0) {
            try {
                status = Integer.parseInt(args[0]);
            } catch (NumberFormatException e) {
                System.err.println("samples: exit: not an integer '" + args[0] + "'");
                System.exit(2);
            }
        }
        out.println("exiting with " + status);
        System.err.println("bye");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("hook");
            out.flush();
        }));
        System.exit(status);
    }
}
