package io.jplr.replica;

import java.lang.management.ManagementFactory;

/**
 * Run by {@link ArgumentFilesTest} under the real java launcher: prints what the launcher made of its command
 * line, one item a line, each character outside printable ASCII as {@code \}{@code uXXXX}.
 */
public final class ArgumentsProbe {
    private ArgumentsProbe() {
    }

    public static void main(String[] args) {
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-Dprobe.")) {
                System.out.println("option " + visible(option));
            }
        }
        System.out.println("classpath " + visible(System.getProperty("java.class.path")));
        for (String argument : args) {
            System.out.println("argument " + visible(argument));
        }
    }

    static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= 0x20 && c < 0x7f && c != '\\') {
                out.append(c);
            } else {
                out.append(String.format("\\u%04x", (int) c));
            }
        }
        return out.toString();
    }
}
