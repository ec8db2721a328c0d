package io.jplr.test.corpus;

import java.util.Map;
import java.util.TreeSet;

/** System.getenv: a variable the test sets, a missing one, the map's size and immutability. */
public final class EnvironmentVariables {
    public static void main(String[] args) {
        System.out.println("CORPUS_VARIABLE=" + System.getenv("CORPUS_VARIABLE"));
        System.out.println("missing " + System.getenv("JPLR_CORPUS_NOT_SET"));
        Map<String, String> environment = System.getenv();
        System.out.println("keys > 0 " + (environment.size() > 0));
        System.out.println("map has CORPUS_VARIABLE " + environment.containsKey("CORPUS_VARIABLE") + " value "
                + environment.get("CORPUS_VARIABLE"));
        System.out.println("PATH set " + (System.getenv("PATH") != null) + " same through the map "
                + String.valueOf(System.getenv("PATH")).equals(environment.get("PATH")));
        System.out.println("HOME is user.home " + String.valueOf(System.getenv("HOME")).equals(
                System.getProperty("user.home")));
        System.out.println("sorted keys contain CORPUS_VARIABLE " + new TreeSet<>(environment.keySet())
                .contains("CORPUS_VARIABLE"));
        System.out.println("no PLR_MODE seen " + (System.getenv("PLR_MODE") == null));
        try {
            environment.put("X", "y");
        } catch (UnsupportedOperationException e) {
            System.out.println("put: " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            System.getenv(null);
        } catch (NullPointerException e) {
            System.out.println("getenv(null): " + e.getClass().getName());
        }
    }
}
