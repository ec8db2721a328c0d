package io.jplr.faultinjector;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The loaded classes that are the application's: the roots of the heap walk. */
final class ApplicationClasses {

    private ApplicationClasses() {
    }

    /**
     * Classes of neither the bootstrap nor the platform loader, nor jPLR's own, nor hidden (lambdas, proxies
     * of the JDK's making), arrays or primitives. Sorted by name, so the same seed picks the same slot in two
     * runs that loaded the same classes in another order.
     */
    static List<Class<?>> of(Instrumentation instrumentation) {
        ClassLoader platform = ClassLoader.getPlatformClassLoader();
        List<Class<?>> classes = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            ClassLoader loader = type.getClassLoader();
            if (loader != null && loader != platform && !type.isHidden() && !type.isArray() && !type.isPrimitive()
                    && !JplrPackages.contains(type.getName())) {
                classes.add(type);
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }
}
