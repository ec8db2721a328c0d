package samples;

import java.io.PrintStream;

/**
 * One runnable program of the collection.
 *
 * <p>{@code out} is {@code System.out} when the sample is launched from {@link Main}; unit tests
 * pass a capturing stream instead so that the deterministic workloads can be checksummed
 * in-process. Samples that exercise process boundaries (stdin, stderr, exit, halt) talk to
 * {@code System.in}, {@code System.err} and {@code Runtime} directly.
 */
public interface Sample {

    /** The name used on the command line. */
    String name();

    Category category();

    /** One line, no trailing period needed. */
    String description();

    /**
     * Runs the sample to completion.
     *
     * @param size problem size
     * @param args extra command-line arguments after the size (usually ignored)
     * @param out  where standard output goes
     */
    void run(Size size, String[] args, PrintStream out) throws Exception;
}
