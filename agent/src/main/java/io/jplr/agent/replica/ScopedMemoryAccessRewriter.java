package io.jplr.agent.replica;

import io.jplr.sharedmemory.ScopedAccess;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Copy and execute, the replica's trap: every public access method of {@code jdk.internal.misc.ScopedMemoryAccess}
 * (the one door through which the JDK reads and writes a direct buffer's memory, a view's, a VarHandle's or a
 * memory segment's) first asks {@code MappedMemory.routes} about each address it takes; when one is a mapped
 * file's stand-in, the method's arguments go to {@code MappedMemory.execute}, which performs the access through
 * the master, and its result is returned instead of running the method:
 *
 * <pre>
 *   if (MappedMemory.routes(base, offset) [|| MappedMemory.routes(base2, offset2)])
 *       return (T) MappedMemory.execute("getIntUnaligned(...)I", new Object[] {session, base, offset, bigEndian});
 * </pre>
 *
 * The test is a null check and two comparisons for any access outside the stand-ins, which every other
 * direct memory access of the replica pays.
 */
final class ScopedMemoryAccessRewriter implements ClassFileTransformer {
    static final String TYPE = "jdk/internal/misc/ScopedMemoryAccess";
    private static final String MAPPED_MEMORY = "io/jplr/bootstrap/MappedMemory";

    private final List<String> woven = new ArrayList<>();
    private RuntimeException failure;

    /** Rewrites the class, loaded since the JVM started; fails when it cannot, or finds nothing to rewrite. */
    void install(Instrumentation instrumentation) {
        instrumentation.addTransformer(this, true);
        try {
            instrumentation.retransformClasses(Class.forName(TYPE.replace('/', '.'), false, null));
        } catch (ClassNotFoundException | UnmodifiableClassException | RuntimeException e) {
            throw new IllegalStateException("cannot rewrite " + TYPE + " for memory-mapped files: " + e, e);
        }
        synchronized (woven) {
            if (failure != null) {
                throw new IllegalStateException("cannot rewrite " + TYPE + ": " + failure, failure);
            }
            if (woven.stream().noneMatch(method -> method.startsWith("getIntUnaligned("))) {
                throw new IllegalStateException(TYPE + " of this JDK has no access method jPLR knows");
            }
        }
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain,
            byte[] bytes) {
        if (loader != null || !TYPE.equals(className)) {
            return null;
        }
        try {
            ClassReader reader = new ClassReader(bytes);
            ClassWriter writer = new ClassWriter(reader, 0);
            reader.accept(new Weaver(writer), ClassReader.EXPAND_FRAMES);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            synchronized (woven) {
                failure = e;
            }
            return null;
        }
    }

    private final class Weaver extends ClassVisitor {
        Weaver(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            if ((access & Opcodes.ACC_PUBLIC) == 0 || (access & Opcodes.ACC_STATIC) != 0) {
                return next;
            }
            ScopedAccess scoped = ScopedAccess.decode(name);
            int[] addresses = scoped == null ? new int[0] : scoped.addressParameters(descriptor);
            if (addresses.length == 0) {
                return next;
            }
            synchronized (woven) {
                woven.add(name + descriptor);
            }
            return new GuardedMethod(next, name + descriptor, Type.getArgumentTypes(descriptor),
                    Type.getReturnType(descriptor), addresses);
        }
    }

    /** Emits the guard as the method's first instructions. */
    private static final class GuardedMethod extends MethodVisitor {
        private final String key;
        private final Type[] arguments;
        private final Type returned;
        private final int[] addresses;
        private final int[] slots;

        GuardedMethod(MethodVisitor next, String key, Type[] arguments, Type returned, int[] addresses) {
            super(Opcodes.ASM9, next);
            this.key = key;
            this.arguments = arguments;
            this.returned = returned;
            this.addresses = addresses;
            this.slots = new int[arguments.length];
            int slot = 1;
            for (int i = 0; i < arguments.length; i++) {
                slots[i] = slot;
                slot += arguments[i].getSize();
            }
        }

        @Override
        public void visitCode() {
            super.visitCode();
            Label routed = new Label();
            Label original = new Label();
            for (int i = 0; i < addresses.length; i += 2) {
                if (addresses[i] < 0) {
                    super.visitInsn(Opcodes.ACONST_NULL);
                } else {
                    super.visitVarInsn(Opcodes.ALOAD, slots[addresses[i]]);
                }
                super.visitVarInsn(Opcodes.LLOAD, slots[addresses[i + 1]]);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, MAPPED_MEMORY, "routes", "(Ljava/lang/Object;J)Z", false);
                super.visitJumpInsn(Opcodes.IFNE, routed);
            }
            super.visitJumpInsn(Opcodes.GOTO, original);
            super.visitLabel(routed);
            entryFrame();
            super.visitLdcInsn(key);
            pushInt(arguments.length);
            super.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
            for (int i = 0; i < arguments.length; i++) {
                super.visitInsn(Opcodes.DUP);
                pushInt(i);
                super.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slots[i]);
                box(arguments[i]);
                super.visitInsn(Opcodes.AASTORE);
            }
            super.visitMethodInsn(Opcodes.INVOKESTATIC, MAPPED_MEMORY, "execute",
                    "(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/Object;", false);
            if (returned.getSort() == Type.VOID) {
                super.visitInsn(Opcodes.POP);
                super.visitInsn(Opcodes.RETURN);
            } else {
                unbox(returned);
                super.visitInsn(returned.getOpcode(Opcodes.IRETURN));
            }
            super.visitLabel(original);
            entryFrame();
            // Keeps this frame from landing on the offset of a frame the original body has at its start.
            super.visitInsn(Opcodes.NOP);
        }

        @Override
        public void visitMaxs(int maxStack, int maxLocals) {
            // Array, array, index, a long or double value; or a base and an offset for routes.
            super.visitMaxs(Math.max(maxStack, 6), maxLocals);
        }

        private void entryFrame() {
            Object[] locals = new Object[arguments.length + 1];
            locals[0] = TYPE;
            for (int i = 0; i < arguments.length; i++) {
                locals[i + 1] = FrameTypes.of(arguments[i]);
            }
            super.visitFrame(Opcodes.F_NEW, locals.length, locals, 0, new Object[0]);
        }

        private void pushInt(int value) {
            if (value <= 5) {
                super.visitInsn(Opcodes.ICONST_0 + value);
            } else {
                super.visitIntInsn(Opcodes.BIPUSH, value);
            }
        }

        private void box(Type type) {
            String wrapper = wrapper(type);
            if (wrapper != null) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper, "valueOf",
                        "(" + type.getDescriptor() + ")L" + wrapper + ";", false);
            }
        }

        private void unbox(Type type) {
            String wrapper = wrapper(type);
            if (wrapper == null) {
                super.visitTypeInsn(Opcodes.CHECKCAST, type.getInternalName());
                return;
            }
            super.visitTypeInsn(Opcodes.CHECKCAST, wrapper);
            super.visitMethodInsn(Opcodes.INVOKEVIRTUAL, wrapper, type.getClassName() + "Value",
                    "()" + type.getDescriptor(), false);
        }

        private static String wrapper(Type type) {
            switch (type.getSort()) {
                case Type.BOOLEAN:
                    return "java/lang/Boolean";
                case Type.BYTE:
                    return "java/lang/Byte";
                case Type.CHAR:
                    return "java/lang/Character";
                case Type.SHORT:
                    return "java/lang/Short";
                case Type.INT:
                    return "java/lang/Integer";
                case Type.LONG:
                    return "java/lang/Long";
                case Type.FLOAT:
                    return "java/lang/Float";
                case Type.DOUBLE:
                    return "java/lang/Double";
                default:
                    return null;
            }
        }
    }
}
