package io.jplr.replica;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Set;

/**
 * The few Linux calls the master needs (CPU affinity, signals), made through JNA's generic {@code Function}
 * API. JNA cannot be relocated (its native library binds to {@code com.sun.jna} names), so the agent jar
 * carries it unexpanded and it is loaded here in a module layer of its own, under the platform loader: the
 * user's class path never sees it, and nothing here depends on it at compile time.
 */
public final class NativeCalls {
    /** Where the agent jar carries JNA, unexpanded. */
    static final String JNA_RESOURCE = "META-INF/jplr/jna.jar";
    /** A JNA jar to use instead of the resource (unit tests run without the agent jar). */
    static final String JNA_JAR_PROPERTY = "jplr.jna.jar";
    private static final String JNA_MODULE = "com.sun.jna";

    private static final int ESRCH = 3;
    private static final int EPERM = 1;
    /**
     * A CPU mask for {@link CpuPlacement#MAX_CPUS} CPUs, larger than glibc's 1024-CPU cpu_set_t, which the
     * kernel refuses on machines with more. Longs rather than bytes keep CPU n at bit n on any byte order.
     */
    private static final int MASK_WORDS = CpuPlacement.MAX_CPUS / Long.SIZE;

    private final String unavailableReason;
    private final Object getAffinity;
    private final Object setAffinity;
    private final Object kill;
    private final Object strerror;
    private final MethodHandle invokeInt;
    private final MethodHandle invokeString;
    private final MethodHandle lastError;

    private NativeCalls(String unavailableReason, Object getAffinity, Object setAffinity, Object kill,
            Object strerror, MethodHandle invokeInt, MethodHandle invokeString, MethodHandle lastError) {
        this.unavailableReason = unavailableReason;
        this.getAffinity = getAffinity;
        this.setAffinity = setAffinity;
        this.kill = kill;
        this.strerror = strerror;
        this.invokeInt = invokeInt;
        this.invokeString = invokeString;
        this.lastError = lastError;
    }

    public static NativeCalls unavailable(String reason) {
        return new NativeCalls(reason, null, null, null, null, null, null, null);
    }

    /**
     * Loads JNA from a copy of its jar in {@code directory} (the run's private directory). Never throws:
     * whatever fails makes an instance whose {@link #unavailableReason()} says what.
     */
    public static NativeCalls load(Path directory) {
        String os = System.getProperty("os.name");
        if (!"Linux".equals(os)) {
            return unavailable("not Linux but " + os);
        }
        try {
            Path jar = directory.resolve("jna.jar");
            try (InputStream source = jnaJar()) {
                if (source == null) {
                    return unavailable("no " + JNA_RESOURCE + " in the agent jar");
                }
                Files.copy(source, jar, StandardCopyOption.REPLACE_EXISTING);
            }
            // A module of its own (JNA's jar names itself com.sun.jna) rather than a plain class loader: on JDK
            // 24 and later native access is granted per named module, but once for all unnamed ones.
            Configuration configuration = ModuleLayer.boot().configuration()
                    .resolve(ModuleFinder.of(jar), ModuleFinder.of(), Set.of(JNA_MODULE));
            ModuleLayer layer = ModuleLayer.boot()
                    .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
            allowNativeCode(layer.findModule(JNA_MODULE).orElseThrow());
            return bind(layer.findLoader(JNA_MODULE), directory);
        } catch (Exception | LinkageError e) {
            return unavailable(oneLine(e));
        }
    }

    private static InputStream jnaJar() throws IOException {
        String path = System.getProperty(JNA_JAR_PROPERTY);
        return path != null ? Files.newInputStream(Path.of(path))
                : NativeCalls.class.getClassLoader().getResourceAsStream(JNA_RESOURCE);
    }

    /**
     * JDK 24 and later print a warning on the terminal (not through System.err, so it cannot be caught) when
     * code in a module without native access loads a library, as JNA does, unless the JVM was started with
     * --enable-native-access. The public grant ({@code ModuleLayer.Controller.enableNativeAccess}) is itself
     * restricted and warns about its caller, so the JDK's internal one is used, which needs java.lang opened
     * to this module (by the agent, through {@code Instrumentation.redefineModule}). Without the opening, or
     * on a JDK that renamed the method, the JVM prints its warning and JNA still works. Before JDK 24 the
     * grant changes nothing visible.
     */
    private static void allowNativeCode(Module jna) throws ReflectiveOperationException {
        if (!Object.class.getModule().isOpen("java.lang", NativeCalls.class.getModule())) {
            return;
        }
        Method grant;
        try {
            grant = Module.class.getDeclaredMethod("implAddEnableNativeAccess");
        } catch (NoSuchMethodException renamed) {
            return;
        }
        grant.setAccessible(true);
        grant.invoke(jna);
    }

    private static NativeCalls bind(ClassLoader loader, Path directory) throws ReflectiveOperationException {
        // JNA extracts its native library to jna.tmpdir (by default under the user's ~/.cache) and deletes it
        // once loaded; the run's private directory keeps the user's home untouched.
        String tmpdir = System.getProperty("jna.tmpdir");
        System.setProperty("jna.tmpdir", directory.toString());
        Class<?> nativeClass;
        try {
            nativeClass = Class.forName("com.sun.jna.Native", true, loader);
        } finally {
            if (tmpdir == null) {
                System.clearProperty("jna.tmpdir");
            } else {
                System.setProperty("jna.tmpdir", tmpdir);
            }
        }
        int sizeT = nativeClass.getField("SIZE_T_SIZE").getInt(null);
        if (sizeT != Long.BYTES) {
            // The calls below pass size_t as a Java long.
            return unavailable("size_t is " + sizeT + " bytes, not " + Long.BYTES);
        }
        Class<?> function = Class.forName("com.sun.jna.Function", true, loader);
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        MethodHandle getFunction = lookup.findStatic(function, "getFunction",
                MethodType.methodType(function, String.class, String.class));
        MethodHandle invokeInt = lookup.findVirtual(function, "invokeInt",
                MethodType.methodType(int.class, Object[].class))
                .asType(MethodType.methodType(int.class, Object.class, Object[].class));
        MethodHandle invokeString = lookup.findVirtual(function, "invokeString",
                MethodType.methodType(String.class, Object[].class, boolean.class))
                .asType(MethodType.methodType(String.class, Object.class, Object[].class, boolean.class));
        MethodHandle lastError = lookup.findStatic(nativeClass, "getLastError", MethodType.methodType(int.class));
        try {
            return new NativeCalls(null,
                    getFunction.invoke("c", "sched_getaffinity"),
                    getFunction.invoke("c", "sched_setaffinity"),
                    getFunction.invoke("c", "kill"),
                    getFunction.invoke("c", "strerror"),
                    invokeInt, invokeString, lastError);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage();
        String text = e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return text.replaceAll("\\s+", " ").trim();
    }

    public boolean available() {
        return unavailableReason == null;
    }

    /** Why the calls are unavailable, in one line; null when they are available. */
    public String unavailableReason() {
        return unavailableReason;
    }

    /** The CPUs the calling thread may run on, ascending. */
    public int[] threadAffinity() {
        long[] mask = new long[MASK_WORDS];
        if (call(getAffinity, 0, (long) MASK_WORDS * Long.BYTES, mask) != 0) {
            throw new IllegalStateException("sched_getaffinity: " + errorText());
        }
        return BitSet.valueOf(mask).stream().toArray();
    }

    /** Restricts the calling thread (only it, not the process) to {@code cpus}. */
    public void setThreadAffinity(int[] cpus) throws IOException {
        BitSet set = new BitSet();
        for (int cpu : cpus) {
            if (cpu < 0 || cpu >= CpuPlacement.MAX_CPUS) {
                throw new IllegalArgumentException("CPU " + cpu + " is outside 0-" + (CpuPlacement.MAX_CPUS - 1));
            }
            set.set(cpu);
        }
        long[] mask = Arrays.copyOf(set.toLongArray(), MASK_WORDS);
        if (call(setAffinity, 0, (long) MASK_WORDS * Long.BYTES, mask) != 0) {
            throw new IOException("sched_setaffinity " + Arrays.toString(cpus) + ": " + errorText());
        }
    }

    /**
     * Sends {@code signal} (0 only checks) to {@code pid}. False if no process of ours has that pid: gone
     * (ESRCH), or the pid now belongs to another user (EPERM), since replicas are the master's own.
     */
    public boolean signal(long pid, int signal) {
        if (call(kill, Math.toIntExact(pid), signal) == 0) {
            return true;
        }
        int errno = lastErrno();
        if (errno == ESRCH || errno == EPERM) {
            return false;
        }
        throw new IllegalArgumentException("kill(" + pid + ", " + signal + "): " + describe(errno));
    }

    private int call(Object function, Object... arguments) {
        if (!available()) {
            throw new IllegalStateException("native calls unavailable: " + unavailableReason);
        }
        try {
            return (int) invokeInt.invokeExact(function, arguments);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    private int lastErrno() {
        try {
            return (int) lastError.invokeExact();
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /** What a call through a method handle threw: JNA's calls declare no checked exception. */
    private static RuntimeException unchecked(Throwable thrown) {
        if (thrown instanceof Error error) {
            throw error;
        }
        return thrown instanceof RuntimeException runtime ? runtime : new IllegalStateException(thrown);
    }

    private String errorText() {
        return describe(lastErrno());
    }

    private String describe(int errno) {
        try {
            return (String) invokeString.invokeExact(strerror, new Object[] {errno}, false) + " (errno " + errno + ")";
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }
}
