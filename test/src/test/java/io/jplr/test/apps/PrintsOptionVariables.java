package io.jplr.test.apps;

/** Prints the variables the JVM takes options from, each the three ways a program reads the environment. */
public final class PrintsOptionVariables {
    public static void main(String[] args) {
        for (String name : new String[] {"JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"}) {
            System.out.println(name + "=" + System.getenv(name) + " | map " + System.getenv().get(name)
                    + " | child " + new ProcessBuilder().environment().get(name));
        }
    }
}
