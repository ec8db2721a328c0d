package io.jplr.replica;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The java launcher's {@code @argfiles}, expanded as the launcher expands them (its {@code args.c}): each argument
 * {@code @path} before what is run stands for the arguments in that file; {@code @@x} is the literal {@code @x};
 * a lone {@code @} is itself; files in files are not expanded. Replicas are given the expanded arguments, so that
 * the master's own options in a file stay the master's, the agents in a file are seen in their order, and a
 * replica started later does not depend on a file that may have changed or gone since the master started.
 */
final class ArgumentFiles {
    /** The launcher's options whose value is the next argument ({@code IsWhiteSpaceOption}). */
    static final Set<String> VALUE_OPTIONS = Set.of("-cp", "-classpath", "--class-path", "-p", "--module-path",
            "--upgrade-module-path", "--add-modules", "--enable-native-access", "--limit-modules", "--add-exports",
            "--add-opens", "--add-reads", "--patch-module", "--module", "-m", "--describe-module", "-d",
            "--source");

    private ArgumentFiles() {
    }

    /**
     * The arguments (the launcher's, without the executable) with every argument file expanded.
     *
     * @param directory where relative file names are, the launcher's working directory
     * @throws IOException naming the file that cannot be read
     */
    static List<String> expand(List<String> arguments, Path directory, Charset charset) throws IOException {
        List<String> expanded = new ArrayList<>(arguments.size());
        LauncherScan scan = new LauncherScan();
        for (String argument : arguments) {
            if (!scan.expands() || !argument.startsWith("@") || argument.equals("@")) {
                scan.check(argument);
                expanded.add(argument);
            } else if (argument.startsWith("@@")) {
                String literal = argument.substring(1);
                scan.check(literal);
                expanded.add(literal);
            } else {
                Path file = directory.resolve(argument.substring(1));
                String content;
                try {
                    content = new String(Files.readAllBytes(file), charset);
                } catch (IOException e) {
                    throw new IOException("cannot read the argument file " + argument + " the JVM was started with: "
                            + e, e);
                }
                for (String token : tokens(content)) {
                    scan.check(token);
                    expanded.add(token);
                }
            }
        }
        return expanded;
    }

    /**
     * Expanded arguments as a launcher must be given them to see them unchanged: an argument starting with
     * {@code @} where the launcher would read it as a file name gets another {@code @}.
     */
    static List<String> escape(List<String> arguments) {
        List<String> escaped = new ArrayList<>(arguments.size());
        LauncherScan scan = new LauncherScan();
        for (String argument : arguments) {
            boolean expands = scan.expands();
            scan.check(argument);
            escaped.add(expands && argument.startsWith("@") && !argument.equals("@") ? "@" + argument : argument);
        }
        return escaped;
    }

    /**
     * The arguments a file holds, by the launcher's rules: separated by white space; quoted with {@code "} or
     * {@code '}, in which white space, {@code #} and the other quote are plain and a backslash escapes
     * ({@code \n}, {@code \r}, {@code \t}, {@code \f}, any other character as itself; before a line end it joins
     * the next line, without its leading white space); {@code #} outside quotes comments out the rest of the line
     * (and drops what the argument had before it, as the launcher does); a line end ends an argument even in
     * quotes.
     */
    static List<String> tokens(String content) {
        List<String> tokens = new ArrayList<>();
        StringBuilder parts = new StringBuilder();
        // Whether the launcher's list of parts has an entry (maybe empty): then the file's end makes an argument.
        boolean pending = false;
        State state = State.FIND_NEXT;
        char quote = '"';
        int anchor = 0;
        int length = content.length();
        for (int at = 0; at < length; at++) {
            char c = content.charAt(at);
            if (state == State.FIND_NEXT || state == State.SKIP_LEAD_WS) {
                if (isSpace(c)) {
                    continue;
                }
                state = state == State.FIND_NEXT ? State.IN_TOKEN : State.IN_QUOTE;
                anchor = at;
            } else if (state == State.IN_ESCAPE) {
                if (c == '\n' || c == '\r') {
                    state = State.SKIP_LEAD_WS;
                } else {
                    parts.append(unescape(c));
                    pending = true;
                    state = State.IN_QUOTE;
                }
                anchor = at + 1;
                continue;
            } else if (state == State.IN_COMMENT) {
                if (c == '\n' || c == '\r') {
                    anchor = at + 1;
                    state = State.FIND_NEXT;
                }
                continue;
            }
            switch (c) {
                case ' ', '\t', '\f' -> {
                    if (state != State.IN_QUOTE) {
                        tokens.add(token(parts.append(content, anchor, at)));
                        parts.setLength(0);
                        pending = false;
                        state = State.FIND_NEXT;
                    }
                }
                case '\n', '\r' -> {
                    tokens.add(token(parts.append(content, anchor, at)));
                    parts.setLength(0);
                    pending = false;
                    state = State.FIND_NEXT;
                }
                case '#' -> {
                    if (state != State.IN_QUOTE) {
                        state = State.IN_COMMENT;
                        anchor = at + 1;
                    }
                }
                case '\\' -> {
                    if (state == State.IN_QUOTE) {
                        parts.append(content, anchor, at);
                        pending = true;
                        state = State.IN_ESCAPE;
                        anchor = at + 1;
                    }
                }
                case '\'', '"' -> {
                    if (state == State.IN_QUOTE && quote != c) {
                        break;
                    }
                    if (anchor != at) {
                        parts.append(content, anchor, at);
                        pending = true;
                    }
                    anchor = at + 1;
                    if (state == State.IN_TOKEN) {
                        quote = c;
                        state = State.IN_QUOTE;
                    } else {
                        state = State.IN_TOKEN;
                    }
                }
                default -> {
                }
            }
        }
        // The last argument needs no line end; but "" at the very end is none, for the launcher.
        if (state == State.IN_TOKEN || state == State.IN_QUOTE) {
            if (anchor < length) {
                parts.append(content, anchor, length);
                pending = true;
            }
            if (pending) {
                tokens.add(token(parts));
            }
        }
        return tokens;
    }

    private enum State {
        FIND_NEXT, IN_COMMENT, IN_QUOTE, IN_ESCAPE, SKIP_LEAD_WS, IN_TOKEN
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'f' -> '\f';
            default -> c;
        };
    }

    /** The launcher's arguments are C strings: one ends at its first NUL. */
    private static String token(CharSequence text) {
        String token = text.toString();
        int nul = token.indexOf('\0');
        return nul < 0 ? token : token.substring(0, nul);
    }

    /**
     * Where the launcher is in the arguments ({@code checkArg}): files are expanded until what is run (a main
     * class, {@code -jar}'s jar, {@code -m}'s module) has been seen; what follows it is the program's.
     */
    private static final class LauncherScan {
        private boolean expectingValue;
        private boolean stopped;
        private boolean programSeen;

        boolean expands() {
            return !programSeen && !stopped;
        }

        void check(String argument) {
            if (programSeen) {
                return;
            }
            if (argument.startsWith("-")) {
                expectingValue = VALUE_OPTIONS.contains(argument)
                        && !argument.equals("--module") && !argument.equals("-m");
                if (argument.equals("--disable-@files")) {
                    stopped = true;
                } else if (argument.startsWith("--module=")) {
                    programSeen = true;
                }
            } else {
                if (!expectingValue) {
                    programSeen = true;
                }
                expectingValue = false;
            }
        }
    }
}
