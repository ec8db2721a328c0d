package io.jplr.faultinjector;

import java.lang.instrument.Instrumentation;
import java.lang.reflect.Proxy;

/**
 * An {@link Instrumentation} whose loaded classes are the ones a test names; everything else is unsupported
 * (the surefire configuration exports jdk.internal.misc, so the heap model needs no module redefinition).
 */
final class FakeInstrumentation {
    private FakeInstrumentation() {
    }

    static Instrumentation loading(Class<?>... classes) {
        return (Instrumentation) Proxy.newProxyInstance(FakeInstrumentation.class.getClassLoader(),
                new Class<?>[] {Instrumentation.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getAllLoadedClasses")) {
                        return classes.clone();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
