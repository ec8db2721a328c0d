package io.jplr.faultinjector;

import io.jplr.bootstrap.BranchCounter;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;

/**
 * Makes the backward branches of application classes count themselves in {@link BranchCounter}, the software
 * instruction counter at which the register fault model flips a bit. Application classes are those of
 * class loaders other than the bootstrap and platform ones, except jPLR's own and any JDK package.
 *
 * <p>Classes loaded before it is installed stay as they are: installed in premain, that is only the JDK's
 * and jPLR's. Hidden classes (the JDK's lambda and string concatenation classes) never reach a transformer;
 * the bodies of lambdas are methods of the application class and count. A class it cannot rewrite is loaded
 * unchanged, so its branches do not count (in every replica alike).
 */
public final class BackwardBranchTransformer implements ClassFileTransformer {
    private static final List<String> UNCOUNTED_PACKAGES = List.of("java/", "jdk/", "sun/", "com/sun/");

    private final Instrumentation instrumentation;
    private final ClassLoader platformLoader = ClassLoader.getPlatformClassLoader();
    private final Module counterModule = BranchCounter.class.getModule();

    /** @param instrumentation to let named modules read the counter's module; null where there are none */
    BackwardBranchTransformer(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /** Counts the backward branches of every application class loaded from now on. */
    public static void install(Instrumentation instrumentation) {
        instrumentation.addTransformer(new BackwardBranchTransformer(instrumentation));
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
            ProtectionDomain domain, byte[] bytes) {
        if (loader == null || loader == platformLoader) {
            return null;
        }
        try {
            // A class defined without a name (defineClass(null, ...)) is named by its class file.
            String name = className != null ? className : new ClassReader(bytes).getClassName();
            if (isJdkOrOwn(name)) {
                return null;
            }
            byte[] rewritten = BranchCountingRewriter.rewrite(bytes);
            if (rewritten != null) {
                readCounterModule(module);
            }
            return rewritten;
        } catch (RuntimeException | LinkageError e) {
            // The JVM would swallow the exception and load the class unchanged: say so in the replica's log.
            System.err.println("jplr: cannot count the branches of " + className + ": " + e);
            return null;
        }
    }

    private static boolean isJdkOrOwn(String className) {
        if (JplrPackages.contains(className)) {
            return true;
        }
        for (String prefix : UNCOUNTED_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A named module reads only what its descriptor requires, and BranchCounter is in the bootstrap loader's
     * unnamed module. (HotSpot adds that edge itself to a module an agent transforms; the API does not
     * promise it.)
     */
    private void readCounterModule(Module module) {
        if (instrumentation != null && module != null && module.isNamed() && !module.canRead(counterModule)) {
            instrumentation.redefineModule(module, Set.of(counterModule), Map.of(), Map.of(), Set.of(), Map.of());
        }
    }
}
