package io.jplr.test.corpus;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Scanner;
import java.util.concurrent.Callable;

/** Scanner over a File and a Path: tokens, numbers, lines, delimiters; mismatches, the end, a missing file. */
public final class ScannerFile {
    public static void main(String[] args) throws Exception {
        Files.writeString(Path.of("input.txt"), "12 apples 3.5\nsecond line\n7 x\n");
        Files.writeString(Path.of("csv.txt"), "a,b,,c\n1,2,3");
        try (Scanner scanner = new Scanner(new File("input.txt"))) {
            scanner.useLocale(Locale.ROOT);
            System.out.println("nextInt " + scanner.nextInt());
            System.out.println("next " + scanner.next());
            System.out.println("nextDouble " + scanner.nextDouble());
            System.out.println("nextLine '" + scanner.nextLine() + "'");
            System.out.println("nextLine '" + scanner.nextLine() + "'");
            System.out.println("hasNextInt " + scanner.hasNextInt() + " nextInt " + scanner.nextInt());
            System.out.println("hasNextInt " + scanner.hasNextInt());
            show("nextInt on x", scanner::nextInt);
            System.out.println("next " + scanner.next());
            System.out.println("hasNext " + scanner.hasNext() + " hasNextLine " + scanner.hasNextLine());
            show("nextLine", scanner::nextLine);
            show("next at end", scanner::next);
            System.out.println("ioException " + scanner.ioException());
        }
        try (Scanner scanner = new Scanner(Path.of("csv.txt")).useDelimiter("[,\n]")) {
            StringBuilder tokens = new StringBuilder();
            while (scanner.hasNext()) {
                tokens.append('[').append(scanner.next()).append(']');
            }
            System.out.println("csv tokens " + tokens);
        }
        try (Scanner scanner = new Scanner(new File("input.txt"), "UTF-8")) {
            System.out.println("findInLine " + scanner.findInLine("[a-z]+"));
            System.out.println("skip whitespace then " + scanner.skip("\\s*").next());
        }
        show("missing file", () -> new Scanner(new File("missing.txt")));
        show("missing path", () -> new Scanner(Path.of("missing.txt")));
        show("bad charset", () -> new Scanner(new File("input.txt"), "no-such-charset"));
        show("a directory", () -> {
            new File("dir").mkdir();
            return new Scanner(new File("dir"));
        });
        show("next after close", () -> {
            Scanner scanner = new Scanner(new File("input.txt"));
            scanner.close();
            return scanner.next();
        });
    }

    private static void show(String label, Callable<Object> step) {
        try {
            Object result = step.call();
            if (result instanceof AutoCloseable) {
                ((AutoCloseable) result).close();
                result = "opened";
            }
            System.out.println(label + ": " + result);
        } catch (Exception e) {
            System.out.println(label + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
