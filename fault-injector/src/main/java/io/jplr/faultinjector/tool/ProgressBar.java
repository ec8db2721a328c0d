package io.jplr.faultinjector.tool;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The campaign's progress on stderr: a bar redrawn in place on a terminal, and otherwise (a log file, CI) a
 * plain line every tenth of the runs, which stays readable where carriage returns do not.
 */
final class ProgressBar {
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final boolean interactive;
    private final int total;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private int done;
    private int lastTenth;

    ProgressBar(PrintWriter out, boolean interactive, int total) {
        this.out = out;
        this.interactive = interactive;
        this.total = total;
    }

    synchronized void finished(Outcome outcome) {
        done++;
        counts.merge(outcome, 1, Integer::sum);
        if (interactive) {
            out.print('\r' + line());
            if (done == total) {
                out.println();
            }
        } else {
            int tenth = total == 0 ? 10 : done * 10 / total;
            if (tenth > lastTenth || done == total) {
                lastTenth = tenth;
                out.println(InjectTool.NAME + ": " + line());
            }
        }
        out.flush();
    }

    String line() {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        StringBuilder line = new StringBuilder("[");
        line.append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ");
        line.append(String.format(Locale.ROOT, "%d/%d runs", done, total));
        for (Outcome outcome : Outcome.values()) {
            Integer count = counts.get(outcome);
            if (count != null) {
                line.append(' ').append(outcome.word()).append(' ').append(count);
            }
        }
        return line.toString();
    }

    /**
     * From JDK 22 on, {@link System#console()} also answers when the streams are redirected and
     * {@code Console.isTerminal()} tells the two apart; before, a console means a terminal.
     */
    static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
