package io.jplr.faultinjector;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds the methods of a class that have a backward branch. A cheap pass (no frames, no debug information)
 * before the costly one: most classes have no loop and are left untouched, and in the others only the
 * methods with a loop go through the frame analysis.
 */
final class BackwardBranchScan {
    private BackwardBranchScan() {
    }

    /** The methods with a backward branch, as name + descriptor. */
    static Set<String> methodsWithBackwardBranches(ClassReader reader) {
        Set<String> methods = new HashSet<>();
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                if ((access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
                    return null;
                }
                String method = name + descriptor;
                VisitedLabels labels = new VisitedLabels();
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public void visitLabel(Label label) {
                        labels.visit(label);
                    }

                    @Override
                    public void visitJumpInsn(int opcode, Label target) {
                        if (labels.isBackwardJump(opcode, target)) {
                            methods.add(method);
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return methods;
    }
}
