package io.jplr.agent.replica;

import io.jplr.bootstrap.Boundary;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Weaves the {@link Interception}s of every {@link TypeInstrumentation} into its JDK type. The types are
 * loaded (not initialized) and retransformed at once; the transformer stays registered, so a later
 * retransformation by anyone keeps the interceptions. A required method that is not found makes the replica
 * fail to start rather than run half-intercepted.
 */
final class JdkTypeRewriter implements ClassFileTransformer {
    static final String BOUNDARY = Interception.BOUNDARY;
    /** The status of a replica that loaded a JDK type it cannot intercept (its log says which). */
    private static final int CANNOT_INTERCEPT = 70;

    private static final List<TypeInstrumentation> ALL = List.of(
            new FileOutputStreamInstrumentation(),
            new FileInputStreamInstrumentation(),
            new RandomAccessFileInstrumentation(),
            new FileDescriptorInstrumentation(),
            new FileChannelImplInstrumentation(),
            new FileInstrumentation(),
            new UnixFileSystemProviderInstrumentation(),
            new LinuxFileSystemProviderInstrumentation(),
            new AbstractFileSystemProviderInstrumentation(),
            new UnixPathInstrumentation(),
            new LinuxFileSystemInstrumentation(),
            new ProcessBuilderInstrumentation(),
            new SelectorProviderInstrumentation(),
            new SelectorOpeningInstrumentation("sun.nio.ch.EPollSelectorProvider"),
            new SelectorOpeningInstrumentation("sun.nio.ch.PollSelectorProvider"),
            new DatagramSocketInstrumentation(),
            new InetAddressInstrumentation(),
            new ShutdownInstrumentation(),
            new ProcessHandleInstrumentation(),
            new VmManagementInstrumentation(),
            new RuntimeImplInstrumentation(),
            new ThreadInstrumentation(),
            new ThreadPoolExecutorInstrumentation(),
            new ScheduledThreadPoolExecutorInstrumentation(),
            new ForkJoinTaskInstrumentation(),
            new ForkJoinPoolInstrumentation(),
            new CountedCompleterInstrumentation(),
            new CompletableFutureInstrumentation(),
            new ChecksumInstrumentation("java.util.zip.CRC32"),
            new ChecksumInstrumentation("java.util.zip.CRC32C"),
            new ChecksumInstrumentation("java.util.zip.Adler32"),
            new SwappedAtomicsInstrumentation("Ints"),
            new SwappedAtomicsInstrumentation("Longs"),
            new FileChannelInstrumentation());

    private final Map<String, TypeInterceptions> byInternalName = new HashMap<>();
    private final Set<String> applied = ConcurrentHashMap.newKeySet();
    private final List<String> failures = new ArrayList<>();

    JdkTypeRewriter() {
        for (TypeInstrumentation type : ALL) {
            byInternalName.put(type.typeName().replace('.', '/'), new TypeInterceptions(type));
        }
    }

    /**
     * Rewrites the types the JVM has loaded already, at once; the others are rewritten when they load (the
     * transformer stays registered), which spares the start-up of loading and retransforming types a
     * program may never use.
     */
    void install(Instrumentation instrumentation) {
        Set<String> loaded = new HashSet<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
            if (type.getClassLoader() == null) {
                loaded.add(type.getName());
            }
        }
        List<Class<?>> types = new ArrayList<>();
        List<TypeInstrumentation> rewrittenNow = new ArrayList<>();
        for (TypeInstrumentation type : ALL) {
            if (!loaded.contains(type.typeName())) {
                continue;
            }
            try {
                types.add(Class.forName(type.typeName(), false, null));
                rewrittenNow.add(type);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("this JDK has no " + type.typeName(), e);
            }
        }
        instrumentation.addTransformer(this, true);
        try {
            instrumentation.retransformClasses(types.toArray(new Class<?>[0]));
        } catch (UnmodifiableClassException | RuntimeException e) {
            throw new IllegalStateException("cannot rewrite the JDK's boundary methods: " + e, e);
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                throw new IllegalStateException("cannot rewrite " + failures);
            }
        }
        for (TypeInstrumentation type : rewrittenNow) {
            String missing = missingRequired(byInternalName.get(type.typeName().replace('.', '/')));
            if (missing != null) {
                throw new IllegalStateException(missing);
            }
        }
    }

    /** Why {@code type} was not fully intercepted, or null if every required method was. */
    private String missingRequired(TypeInterceptions type) {
        for (Interception interception : type.all) {
            if (interception.required && !applied.contains(type.name + "." + interception)) {
                return type.name + " has no method " + interception;
            }
        }
        return null;
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
            byte[] bytes) {
        TypeInterceptions type = loader == null ? byInternalName.get(className) : null;
        if (type == null) {
            return null;
        }
        byte[] woven;
        try {
            ClassReader reader = new ClassReader(bytes);
            // Given the reader, the writer copies every method the weaver leaves alone as it is, unparsed:
            // most of a JDK type, and most of the time its retransformation costs at start-up.
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new Weaver(writer, className, type), ClassReader.EXPAND_FRAMES);
            woven = writer.toByteArray();
        } catch (RuntimeException e) {
            synchronized (failures) {
                failures.add(className + ": " + e);
            }
            woven = null;
        }
        if (redefined == null) {
            // Loaded after the setup, on the application's behalf: a replica that cannot intercept it must
            // not go on half-intercepted (it would touch the world itself). Its log tells the master why.
            String missing = woven == null ? "cannot rewrite " + className : missingRequired(type);
            if (missing != null) {
                System.err.println("jplr: " + missing + "; this replica stops");
                // Detached first: the master must see a replica that failed, not one that chose an exit status.
                Boundary.detach();
                Runtime.getRuntime().halt(CANNOT_INTERCEPT);
            }
        }
        return woven;
    }

    /**
     * A type's interceptions, built once and found by method: the weaver looks one up for every method of the
     * type, and some types have hundreds.
     */
    private static final class TypeInterceptions {
        final String name;
        final List<Interception> all;
        final Map<String, Interception> byMethod = new HashMap<>();

        TypeInterceptions(TypeInstrumentation type) {
            this.name = type.typeName();
            this.all = List.copyOf(type.interceptions());
            for (Interception interception : all) {
                byMethod.putIfAbsent(interception.method + interception.descriptor, interception);
            }
        }
    }

    private final class Weaver extends ClassVisitor {
        private final String owner;
        private final TypeInterceptions type;
        private final Map<String, String> fieldDescriptors = new HashMap<>();

        Weaver(ClassVisitor next, String owner, TypeInterceptions type) {
            super(Opcodes.ASM9, next);
            this.owner = owner;
            this.type = type;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            fieldDescriptors.put(name, descriptor);
            return super.visitField(access, name, descriptor, signature, value);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            Interception interception = type.byMethod.get(name + descriptor);
            if (interception == null) {
                return next;
            }
            applied.add(type.name + "." + interception);
            return new InterceptingMethod(next, owner, access, interception, fieldDescriptors);
        }
    }

    /** Emits one interception into one method, as its first instructions or before each return. */
    private static final class InterceptingMethod extends MethodVisitor {
        private final String owner;
        private final boolean isStatic;
        private final Interception interception;
        private final Map<String, String> fieldDescriptors;
        private final Type[] arguments;

        InterceptingMethod(MethodVisitor next, String owner, int access, Interception interception,
                Map<String, String> fieldDescriptors) {
            super(Opcodes.ASM9, next);
            this.owner = owner;
            this.isStatic = (access & Opcodes.ACC_STATIC) != 0;
            this.interception = interception;
            this.fieldDescriptors = fieldDescriptors;
            this.arguments = Type.getArgumentTypes(interception.descriptor);
        }

        @Override
        public void visitCode() {
            super.visitCode();
            Type returned = interception.returnType();
            switch (interception.shape) {
                case SKIP_IF_TRUE: {
                    Label original = new Label();
                    loadFields();
                    loadArguments(arguments.length);
                    callBoundary(interception.boundaryMethod, fieldsDescriptor() + argumentsDescriptor(arguments.length),
                            "Z");
                    super.visitJumpInsn(Opcodes.IFEQ, original);
                    super.visitInsn(Opcodes.RETURN);
                    resumeOriginal(original);
                    break;
                }
                case REPLACE_IF_GUARD: {
                    Label original = new Label();
                    loadFields();
                    loadArguments(interception.guardArguments);
                    callBoundary(interception.guardMethod,
                            fieldsDescriptor() + argumentsDescriptor(interception.guardArguments), "Z");
                    super.visitJumpInsn(Opcodes.IFEQ, original);
                    loadFields();
                    loadArguments(arguments.length);
                    callBoundary(interception.boundaryMethod, fieldsDescriptor() + argumentsDescriptor(arguments.length),
                            returned.getDescriptor());
                    super.visitInsn(returned.getOpcode(Opcodes.IRETURN));
                    resumeOriginal(original);
                    break;
                }
                case WRAP_ARGUMENT: {
                    int slot = isStatic ? 0 : 1;
                    for (int i = 0; i < interception.wrappedArgument; i++) {
                        slot += arguments[i].getSize();
                    }
                    String type = arguments[interception.wrappedArgument].getDescriptor();
                    super.visitVarInsn(Opcodes.ALOAD, slot);
                    callBoundary(interception.boundaryMethod, type, type);
                    super.visitVarInsn(Opcodes.ASTORE, slot);
                    break;
                }
                case BEFORE:
                    loadFields();
                    loadArguments(arguments.length);
                    callBoundary(interception.boundaryMethod, fieldsDescriptor() + argumentsDescriptor(arguments.length),
                            "V");
                    break;
                default:
                    break;
            }
        }

        @Override
        public void visitInsn(int opcode) {
            if (interception.shape == Interception.Shape.BEFORE_RETURN && opcode >= Opcodes.IRETURN
                    && opcode <= Opcodes.RETURN) {
                Type returned = interception.returnType();
                if (returned.getSort() == Type.VOID) {
                    loadFields();
                    callBoundary(interception.boundaryMethod, fieldsDescriptor(), "V");
                } else {
                    // Stack: value -> value, this -> Boundary.m(value, this)
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    callBoundary(interception.boundaryMethod, returned.getDescriptor() + "Ljava/lang/Object;",
                            returned.getDescriptor());
                }
            }
            super.visitInsn(opcode);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            int extra = 2 + interception.fields.length;
            for (Type argument : arguments) {
                extra += argument.getSize();
            }
            super.visitMaxs(maxStack + extra, maxLocals);
        }

        private void loadFields() {
            for (String field : interception.fields) {
                if (field.startsWith("this")) {
                    if (isStatic) {
                        throw new IllegalStateException(owner + "." + interception + " is static: no this");
                    }
                    super.visitVarInsn(Opcodes.ALOAD, 0);
                    continue;
                }
                String descriptor = fieldDescriptors.get(field);
                if (descriptor == null) {
                    throw new IllegalStateException(owner + " has no field " + field);
                }
                super.visitVarInsn(Opcodes.ALOAD, 0);
                super.visitFieldInsn(Opcodes.GETFIELD, owner, field, descriptor);
            }
        }

        private void loadArguments(int count) {
            int slot = isStatic ? 0 : 1;
            for (int i = 0; i < count; i++) {
                super.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slot);
                slot += arguments[i].getSize();
            }
        }

        private String fieldsDescriptor() {
            StringBuilder descriptor = new StringBuilder();
            for (String field : interception.fields) {
                if (field.equals("this")) {
                    descriptor.append('L').append(owner).append(';');
                } else if (field.startsWith("this:")) {
                    descriptor.append(field.substring("this:".length()));
                } else {
                    descriptor.append(fieldDescriptors.get(field));
                }
            }
            return descriptor.toString();
        }

        private String argumentsDescriptor(int count) {
            StringBuilder descriptor = new StringBuilder();
            for (int i = 0; i < count; i++) {
                descriptor.append(arguments[i].getDescriptor());
            }
            return descriptor.toString();
        }

        private void callBoundary(String method, String parameters, String returned) {
            super.visitMethodInsn(Opcodes.INVOKESTATIC, interception.boundaryClass, method,
                    "(" + parameters + ")" + returned, false);
        }

        /**
         * The original body starts here, with the method's entry frame. A NOP keeps this frame from landing
         * on the same offset as a frame the original body may have at its first instruction.
         */
        private void resumeOriginal(Label original) {
            super.visitLabel(original);
            List<Object> locals = new ArrayList<>();
            if (!isStatic) {
                locals.add(owner);
            }
            for (Type argument : arguments) {
                locals.add(FrameTypes.of(argument));
            }
            super.visitFrame(Opcodes.F_NEW, locals.size(), locals.toArray(), 0, new Object[0]);
            super.visitInsn(Opcodes.NOP);
        }
    }
}
