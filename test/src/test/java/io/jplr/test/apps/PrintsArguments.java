package io.jplr.test.apps;

/** Prints its arguments, one a line in brackets, and the system properties named {@code probe.*}, sorted. */
public final class PrintsArguments {
    public static void main(String[] args) {
        for (String argument : args) {
            System.out.println("[" + argument + "]");
        }
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("probe.")).sorted()
                .forEach(name -> System.out.println(name + "=" + System.getProperty(name)));
    }
}
