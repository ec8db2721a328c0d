package io.jplr.test;

import java.util.ArrayList;
import java.util.List;

/** The samples' names, as {@code jplr-samples.jar list} prints them. */
final class SampleList {
    private static List<String> names;

    private SampleList() {
    }

    static synchronized List<String> names() {
        if (names == null) {
            Run list = Launch.on(Jvm.current()).sample("list").run();
            if (list.exitStatus() != 0) {
                throw new IllegalStateException("cannot list the samples:\n" + list);
            }
            List<String> found = new ArrayList<>();
            for (String line : list.out().split("\n")) {
                if (!line.isBlank()) {
                    found.add(line.split(" ")[0]);
                }
            }
            names = List.copyOf(found);
        }
        return names;
    }
}
