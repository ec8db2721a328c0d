package io.jplr.agent.replica;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Keeps jPLR's own frames out of the program's stack traces where jPLR stands between the JDK's and the program's:
 * a pool running a task through {@code TaskStreams}, a {@code CompletableFuture} running a stage's action through
 * {@code StageActions}, the program's {@code Thread.sleep} through {@code Sleeps}. An exception a task throws is often printed (a logger, an
 * {@code ExecutionException}'s cause), and natively its trace goes from the task straight to the pool.
 *
 * <p>The JVM leaves a method out of stack traces (and {@code StackWalker}'s default walk) when it carries
 * {@code jdk.internal.vm.annotation.Hidden} and was loaded by the bootstrap loader, as jPLR's boundary classes
 * are. The annotation cannot be written in the source ({@code --release 17} exports no JDK internals), so it is
 * added to the class file as it loads.
 */
final class HiddenFrames implements ClassFileTransformer {
    private static final String HIDDEN = "Ljdk/internal/vm/annotation/Hidden;";

    /** Boundary class (internal name) to its methods (by name) that run program code on behalf of the JDK. */
    private static final Map<String, Set<String>> METHODS = Map.of(
            "io/jplr/bootstrap/TaskStreams", Set.of("run", "exec", "onCompletion"),
            "io/jplr/bootstrap/StageActions$StageFunction", Set.of("apply"),
            "io/jplr/bootstrap/StageActions$StageBiFunction", Set.of("apply"),
            "io/jplr/bootstrap/StageActions$StageConsumer", Set.of("accept"),
            "io/jplr/bootstrap/StageActions$StageBiConsumer", Set.of("accept"),
            "io/jplr/bootstrap/StageActions$StageRunnable", Set.of("run"),
            "io/jplr/bootstrap/StageActions$StageSupplier", Set.of("get"),
            // Between the program's frame and Thread.sleep's, when an interrupted sleep throws.
            "io/jplr/bootstrap/Sleeps", Set.of("sleep"));

    private final Instrumentation instrumentation;

    HiddenFrames(Instrumentation instrumentation) {
        this.instrumentation = instrumentation;
    }

    /**
     * Installs the transformer, before any boundary class loads: the agent names them, never loads them, and
     * nothing in the JDK calls them before it rewrites the JDK.
     */
    void install() {
        instrumentation.addTransformer(this);
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String className, Class<?> classBeingRedefined,
            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        Set<String> methods = loader == null && className != null ? METHODS.get(className) : null;
        if (methods == null) {
            return null;
        }
        ClassReader reader = new ClassReader(classfileBuffer);
        ClassWriter writer = new ClassWriter(reader, 0);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor visitor = super.visitMethod(access, name, descriptor, signature, exceptions);
                if (!methods.contains(name)) {
                    return visitor;
                }
                visitor.visitAnnotation(HIDDEN, true).visitEnd();
                // Not the writer itself: ASM would copy the method's attributes from the original as they were.
                return new MethodVisitor(Opcodes.ASM9, visitor) {
                };
            }
        }, 0);
        return writer.toByteArray();
    }
}
