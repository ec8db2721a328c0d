package io.jplr.agent.replica;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites calls to JVM intrinsics and natives that cannot be advised (their bodies are not bytecode, or
 * the JIT replaces them): {@code System.currentTimeMillis/nanoTime}, {@code VM.getNanoTimeAdjustment}
 * (the clock behind {@code java.time}), {@code Runtime.availableProcessors/freeMemory/totalMemory/maxMemory}
 * and {@code Thread.sleep}. Each call site becomes a static call to {@code io.jplr.bootstrap.Boundary} (or
 * another boundary class: {@code Sleeps} for sleeping) with the same stack effect, so nothing else in the method changes (no frames to recompute).
 *
 * <p>It rewrites every application class (any class not loaded by the bootstrap or platform loader, except
 * jPLR's own) and, in the JDK, only the classes that read these values on the application's behalf. In two JDK
 * classes it also reroutes how a pool runs a task ({@code Runnable.run} in {@code ThreadPoolExecutor.runWorker},
 * {@code exec} in {@code ForkJoinTask.doExec}, {@code onCompletion} in {@code CountedCompleter}) through
 * {@code TaskStreams}, which runs it in the task's own call stream.
 */
final class CallSiteRewriter implements ClassFileTransformer {
    private static final String BOUNDARY = JdkTypeRewriter.BOUNDARY;

    /** Every replaced method: an application class's call sites are all the application's. */
    private static final Set<String> ALL = Set.of();

    /** {@code task.run()} in a pool's worker; replaced only where a JDK class lists it, never in the program. */
    private static final String RUN_TASK = "java/lang/Runnable.run()V";
    /** {@code exec()} in {@code ForkJoinTask.doExec}, through which every fork-join task runs; likewise. */
    private static final String EXEC_TASK = "java/util/concurrent/ForkJoinTask.exec()Z";
    /** {@code onCompletion} in {@code CountedCompleter.tryComplete} and {@code complete}; likewise. */
    private static final String COMPLETE_TASK =
            "java/util/concurrent/CountedCompleter.onCompletion(Ljava/util/concurrent/CountedCompleter;)V";
    /** Replacements only for the JDK classes that list them: the program's own such calls are its business. */
    private static final Set<String> JDK_ONLY = Set.of(RUN_TASK, EXEC_TASK, COMPLETE_TASK);

    /**
     * JDK classes whose call sites are the application's, and which of their calls: clocks, random seeds,
     * sleeping, parallelism ({@link #ALL}: every replaced method). The JDK's own timing (a pool's idle workers
     * timing out, a scheduler's delays) stays each replica's: its threads act at moments no two replicas share.
     */
    private static final Map<String, Set<String>> JDK_CLASSES = Map.ofEntries(
            Map.entry("java/util/Random", ALL),
            Map.entry("java/util/SplittableRandom", ALL),
            Map.entry("java/util/concurrent/ThreadLocalRandom", ALL),
            Map.entry("jdk/internal/util/random/RandomSupport", ALL),
            Map.entry("java/util/Date", ALL),
            Map.entry("java/util/Calendar", ALL),
            Map.entry("java/util/GregorianCalendar", ALL),
            Map.entry("java/time/Clock", ALL),
            Map.entry("java/time/Clock$SystemClock", ALL),
            Map.entry("java/time/Instant", ALL),
            Map.entry("java/time/InstantSource", ALL),
            Map.entry("java/util/concurrent/TimeUnit", ALL),
            // The common pool's parallelism; not the keep-alive clock of its workers, which idle at random.
            Map.entry("java/util/concurrent/ForkJoinPool", Set.of("java/lang/Runtime.availableProcessors()I")),
            Map.entry("java/io/RandomAccessFile", ALL),
            // SecureRandom: NativePRNG re-reads /dev/urandom when its buffer is 100 ms old, by the clock.
            Map.entry("sun/security/provider/NativePRNG$RandomIO", ALL),
            Map.entry("sun/security/provider/SeedGenerator", ALL),
            Map.entry("java/util/zip/ZipFile$Source", ALL),
            // A worker runs a task in the task's call stream (TaskStreams), not its own.
            Map.entry("java/util/concurrent/ThreadPoolExecutor", Set.of(RUN_TASK)),
            Map.entry("java/util/concurrent/ForkJoinTask", Set.of(EXEC_TASK)),
            Map.entry("java/util/concurrent/CountedCompleter", Set.of(COMPLETE_TASK)));

    private static final Set<String> OWNERS = Set.of("java/lang/System", "java/lang/Runtime", "java/lang/Thread",
            "jdk/internal/misc/VM", "java/io/RandomAccessFile", "java/io/FileDescriptor", "java/net/http/HttpClient",
            "java/lang/Runnable", "java/util/concurrent/ForkJoinTask", "java/util/concurrent/CountedCompleter");

    private static final String HTTP_CLIENT_REFUSAL = "io/jplr/agent/replica/HttpClientRefusal";

    /** owner.name+descriptor of the original call, to the Boundary method (name, descriptor) replacing it. */
    private static final Map<String, Replacement> REPLACEMENTS = Map.ofEntries(
            replace("java/lang/System.currentTimeMillis()J", "currentTimeMillis", "()J"),
            replace("java/lang/System.nanoTime()J", "nanoTime", "()J"),
            replace("jdk/internal/misc/VM.getNanoTimeAdjustment(J)J", "nanoTimeAdjustment", "(J)J"),
            replace("java/lang/Runtime.availableProcessors()I", "availableProcessors", "(Ljava/lang/Runtime;)I"),
            replace("java/lang/Runtime.freeMemory()J", "freeMemory", "(Ljava/lang/Runtime;)J"),
            replace("java/lang/Runtime.totalMemory()J", "totalMemory", "(Ljava/lang/Runtime;)J"),
            replace("java/lang/Runtime.maxMemory()J", "maxMemory", "(Ljava/lang/Runtime;)J"),
            replaceWith(Boundaries.SLEEPS, "java/lang/Thread.sleep(J)V", "sleep", "(J)V"),
            replaceWith(Boundaries.SLEEPS, "java/lang/Thread.sleep(JI)V", "sleep", "(JI)V"),
            replaceWith(Boundaries.SLEEPS, "java/lang/Thread.sleep(Ljava/time/Duration;)V", "sleep",
                    "(Ljava/time/Duration;)V"),
            // Natives in JDK 17 with no body to advise; their files may be the master's.
            replaceWith(Boundaries.FILE, "java/io/RandomAccessFile.getFilePointer()J", "getFilePointer",
                    "(Ljava/io/RandomAccessFile;)J"),
            replaceWith(Boundaries.FILE, "java/io/RandomAccessFile.length()J", "length", "(Ljava/io/RandomAccessFile;)J"),
            replaceWith(Boundaries.FILE, "java/io/RandomAccessFile.setLength(J)V", "setLength",
                    "(Ljava/io/RandomAccessFile;J)V"),
            replaceWith(Boundaries.FILE, "java/io/FileDescriptor.sync()V", "sync", "(Ljava/io/FileDescriptor;)V"),
            // Refused in replicas: its own threads make the replicas' calls in different orders.
            replaceWith(HTTP_CLIENT_REFUSAL, "java/net/http/HttpClient.newHttpClient()Ljava/net/http/HttpClient;",
                    "newHttpClient", "()Ljava/net/http/HttpClient;"),
            replaceWith(HTTP_CLIENT_REFUSAL, "java/net/http/HttpClient.newBuilder()Ljava/net/http/HttpClient$Builder;",
                    "newBuilder", "()Ljava/net/http/HttpClient$Builder;"),
            replaceWith(Boundaries.TASKS, RUN_TASK, "run", "(Ljava/lang/Runnable;)V"),
            replaceWith(Boundaries.TASKS, EXEC_TASK, "exec", "(Ljava/util/concurrent/ForkJoinTask;)Z"),
            replaceWith(Boundaries.TASKS, COMPLETE_TASK, "onCompletion",
                    "(Ljava/util/concurrent/CountedCompleter;Ljava/util/concurrent/CountedCompleter;)V"));

    private static final List<String> OWN_PACKAGES =
            List.of("io/jplr/agent/", "io/jplr/bootstrap/", "io/jplr/syscall/", "io/jplr/replica/", "io/jplr/shaded/");

    private final Instrumentation instrumentation;
    private final Module bootstrapModule;
    private final ClassLoader platformLoader = ClassLoader.getPlatformClassLoader();

    CallSiteRewriter(Instrumentation instrumentation, Module bootstrapModule) {
        this.instrumentation = instrumentation;
        this.bootstrapModule = bootstrapModule;
    }

    /** Rewrites the JDK classes in the list that were loaded before this transformer was installed. */
    void retransformLoadedJdkClasses() {
        List<Class<?>> loaded = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (type.getClassLoader() == null && JDK_CLASSES.containsKey(type.getName().replace('.', '/'))) {
                loaded.add(type);
            }
        }
        if (loaded.isEmpty()) {
            return;
        }
        try {
            instrumentation.retransformClasses(loaded.toArray(new Class<?>[0]));
        } catch (UnmodifiableClassException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> redefined,
            ProtectionDomain domain, byte[] bytes) {
        if (className == null) {
            return null;
        }
        boolean jdk = loader == null || loader == platformLoader;
        if (jdk ? !JDK_CLASSES.containsKey(className) : isOwn(className)) {
            return null;
        }
        try {
            ClassReader reader = new ClassReader(bytes);
            Set<String> rewritten = jdk ? JDK_CLASSES.get(className) : ALL;
            if (!mentionsReplacedMethod(reader, rewritten)) {
                return null;
            }
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new Rewriter(writer, rewritten), 0);
            if (module != null && module.isNamed() && !module.canRead(bootstrapModule)) {
                instrumentation.redefineModule(module, Set.of(bootstrapModule), Map.of(), Map.of(), Set.of(),
                        Map.of());
            }
            return writer.toByteArray();
        } catch (RuntimeException e) {
            // The JVM swallows a transformer's exception and loads the class unchanged: say so in the
            // replica's log, where the master's report finds it.
            System.err.println("jplr: cannot rewrite " + className + ": " + e);
            return null;
        }
    }

    private static boolean isOwn(String className) {
        for (String prefix : OWN_PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Scans the constant pool: most classes call none of these methods and are left untouched. */
    private static boolean mentionsReplacedMethod(ClassReader reader, Set<String> rewritten) {
        char[] buffer = new char[reader.getMaxStringLength()];
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            int tag = offset == 0 ? 0 : reader.readByte(offset - 1);
            if (tag != 10 /* CONSTANT_Methodref */ && tag != 11 /* CONSTANT_InterfaceMethodref */) {
                continue;
            }
            String owner = reader.readClass(offset, buffer);
            if (!OWNERS.contains(owner)) {
                continue;
            }
            int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
            String key = owner + '.' + reader.readUTF8(nameAndType, buffer)
                    + reader.readUTF8(nameAndType + 2, buffer);
            if (replacement(key, rewritten) != null) {
                return true;
            }
        }
        return false;
    }

    /** The replacement of a call in a class whose calls {@code rewritten} lists ({@link #ALL}: the program's). */
    private static Replacement replacement(String original, Set<String> rewritten) {
        if (rewritten.isEmpty()) {
            return JDK_ONLY.contains(original) ? null : REPLACEMENTS.get(original);
        }
        return rewritten.contains(original) ? REPLACEMENTS.get(original) : null;
    }

    private static Map.Entry<String, Replacement> replace(String original, String name, String descriptor) {
        return replaceWith(BOUNDARY, original, name, descriptor);
    }

    private static Map.Entry<String, Replacement> replaceWith(String owner, String original, String name,
            String descriptor) {
        return Map.entry(original, new Replacement(owner, name, descriptor));
    }

    private record Replacement(String owner, String name, String descriptor) {
    }

    private static final class Rewriter extends ClassVisitor {
        /** The replaced methods this class's call sites may be rewritten for; {@link #ALL}: every one. */
        private final Set<String> rewritten;

        Rewriter(ClassVisitor next, Set<String> rewritten) {
            super(Opcodes.ASM9, next);
            this.rewritten = rewritten;
        }

        private Replacement replacement(String original) {
            return CallSiteRewriter.replacement(original, rewritten);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, descriptor, signature, exceptions)) {
                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                        boolean isInterface) {
                    Replacement replacement = replacement(owner + '.' + method + methodDescriptor);
                    if (replacement != null && (opcode == Opcodes.INVOKESTATIC || opcode == Opcodes.INVOKEVIRTUAL
                            || opcode == Opcodes.INVOKEINTERFACE)) {
                        super.visitMethodInsn(Opcodes.INVOKESTATIC, replacement.owner(), replacement.name(),
                                replacement.descriptor(), false);
                    } else {
                        super.visitMethodInsn(opcode, owner, method, methodDescriptor, isInterface);
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String methodDescriptor, Handle bootstrap,
                        Object... arguments) {
                    // Method references (System::nanoTime) reach the method through a handle, not a call.
                    Object[] rewritten = arguments.clone();
                    for (int i = 0; i < rewritten.length; i++) {
                        if (rewritten[i] instanceof Handle) {
                            rewritten[i] = rewrite((Handle) rewritten[i]);
                        }
                    }
                    super.visitInvokeDynamicInsn(method, methodDescriptor, bootstrap, rewritten);
                }

                @Override
                public void visitLdcInsn(Object value) {
                    super.visitLdcInsn(value instanceof Handle ? rewrite((Handle) value) : value);
                }
            };
        }

        private Handle rewrite(Handle handle) {
            Replacement replacement = replacement(handle.getOwner() + '.' + handle.getName() + handle.getDesc());
            if (replacement == null || (handle.getTag() != Opcodes.H_INVOKESTATIC
                    && handle.getTag() != Opcodes.H_INVOKEVIRTUAL)) {
                return handle;
            }
            return new Handle(Opcodes.H_INVOKESTATIC, replacement.owner(), replacement.name(), replacement.descriptor(),
                    false);
        }
    }
}
