package io.jplr.faultinjector;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Rewrites one class file so that its backward branches count themselves ({@link BranchCountingMethodVisitor}).
 * The frames of the labels it adds come from the class's own stack map frames, so no class is loaded
 * ({@code COMPUTE_FRAMES} would load the classes it merges) and class files without them (before Java 7)
 * are left alone.
 */
final class BranchCountingRewriter {
    private BranchCountingRewriter() {
    }

    /**
     * The rewritten class file, or null to leave the class as it is: no backward branch, no stack map
     * frames, or too large even with only counting.
     *
     * @throws RuntimeException what ASM throws for a class file it cannot read
     */
    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        if (reader.readUnsignedShort(6) < Opcodes.V1_7) {
            return null;
        }
        Set<String> counted = BackwardBranchScan.methodsWithBackwardBranches(reader);
        Set<String> countedOnly = new HashSet<>();
        while (!counted.isEmpty()) {
            try {
                return write(reader, counted, countedOnly);
            } catch (MethodTooLargeException e) {
                // The flip switches take the most room: a method over 64 KB first loses them, then its
                // counting; the same method in every replica, so the count stays the same in all.
                String method = e.getMethodName() + e.getDescriptor();
                if (!countedOnly.add(method) && !counted.remove(method)) {
                    return null;
                }
            }
        }
        return null;
    }

    private static byte[] write(ClassReader reader, Set<String> counted, Set<String> countedOnly) {
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            private String owner;

            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                owner = name;
                super.visit(version, access, name, signature, superName, interfaces);
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
                String method = name + descriptor;
                if (!counted.contains(method)) {
                    return next;
                }
                return BranchCountingMethodVisitor.create(owner, access, name, descriptor, next,
                        !countedOnly.contains(method));
            }
        }, ClassReader.EXPAND_FRAMES);
        return writer.toByteArray();
    }
}
