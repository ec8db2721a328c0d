package io.jplr.faultinjector.tool;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code jplr-inject}: one fault into a running jPLR job, or campaigns of them that measure what jPLR detects
 * and repairs against what the same faults do to an unprotected JVM.
 *
 * <p>Exit statuses: 0 done, 1 failed (one line on stderr says why), 2 the command line is wrong.
 */
@Command(name = "jplr-inject", mixinStandardHelpOptions = true, versionProvider = InjectTool.Version.class,
        description = "Injects faults into jPLR jobs: one at a time, or campaigns that measure what jPLR "
                + "detects and repairs, beside what the same faults do unprotected.",
        subcommands = {InjectCommand.class, CampaignCommand.class, ChartCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:failed (a line on stderr says why)", "2:invalid command line"})
public final class InjectTool {
    /** The prefix of every line this tool writes on stderr. */
    static final String NAME = "jplr-inject";

    /** How long a JMX call may go unanswered: RMI would otherwise wait for ever on a wedged job. */
    private static final String RMI_RESPONSE_TIMEOUT = "sun.rmi.transport.tcp.responseTimeout";

    public static void main(String[] args) {
        if (System.getProperty(RMI_RESPONSE_TIMEOUT) == null) {
            System.setProperty(RMI_RESPONSE_TIMEOUT, "60000");
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with its output on the given writers and returns the exit status. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new InjectTool())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(new FailureHandler());
        return commandLine.execute(args);
    }

    /** Expected failures as one line; anything else with its stack trace, since it is a bug to report. */
    private static final class FailureHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception failure, CommandLine commandLine,
                CommandLine.ParseResult parseResult) {
            PrintWriter err = commandLine.getErr();
            if (failure instanceof ToolFailure) {
                err.println(NAME + ": " + failure.getMessage());
            } else if (failure instanceof IOException io) {
                err.println(NAME + ": " + describe(io));
            } else if (failure instanceof InterruptedException) {
                err.println(NAME + ": interrupted");
            } else {
                err.println(NAME + ": unexpected failure, please report it: " + failure);
                failure.printStackTrace(err);
            }
            err.flush();
            return CommandLine.ExitCode.SOFTWARE;
        }
    }

    static String describe(IOException failure) {
        if (failure instanceof NoSuchFileException) {
            return "no such file or directory: " + failure.getMessage();
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied: " + failure.getMessage();
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.toString();
    }

    /** The version in the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = InjectTool.class.getPackage().getImplementationVersion();
            return new String[] {NAME + " " + (version != null ? version : "(development build)")};
        }
    }
}
