package io.jplr.faultinjector;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.AnalyzerAdapter;

/**
 * Inserts before each backward branch of one method:
 *
 * <pre>
 * if (++BranchCounter.count == BranchCounter.target) {
 *     switch (BranchCounter.pick(n, "pkg.Type.method(..) [local 3 (int), stack top (long)]")) {
 *         case 0: local3 = BranchCounter.flip(local3); break;
 *         case 1: top = BranchCounter.flip(top); // in place, on the operand stack
 *     }
 * }
 * </pre>
 *
 * The candidates are the primitive values in the verifier's frame at the branch, as {@link AnalyzerAdapter}
 * tracks it: the primitive locals and the top operand. With no candidate, and (conservatively) wherever an
 * object or, before {@code super()}, {@code this} is not yet initialized, the branch calls only
 * {@code pick(0, site)}: the fault injector still learns that its target passed, with nothing to flip.
 *
 * <p>This visitor sits after the {@link AnalyzerAdapter} and writes its own instructions straight to the
 * next visitor, so the adapter's frame stays the one before the branch: the frame of every label it adds.
 */
final class BranchCountingMethodVisitor extends MethodVisitor {
    private static final String COUNTER = "io/jplr/bootstrap/BranchCounter";

    private final VisitedLabels labels = new VisitedLabels();
    private final String where;
    private final boolean flips;
    private AnalyzerAdapter frame;

    private BranchCountingMethodVisitor(MethodVisitor next, String where, boolean flips) {
        super(Opcodes.ASM9, next);
        this.where = where;
        this.flips = flips;
    }

    /**
     * The visitor to give the method's code to (read with {@code ClassReader.EXPAND_FRAMES}).
     *
     * @param flips false to only count (and report a passed target), for a method the switches would make
     *     too large
     */
    static MethodVisitor create(String owner, int access, String name, String descriptor, MethodVisitor next,
            boolean flips) {
        String where = owner.replace('/', '.') + '.' + name + "(..)";
        BranchCountingMethodVisitor counting = new BranchCountingMethodVisitor(next, where, flips);
        AnalyzerAdapter analyzer = new AnalyzerAdapter(owner, access, name, descriptor, counting);
        counting.frame = analyzer;
        return analyzer;
    }

    @Override
    public void visitLabel(Label label) {
        labels.visit(label);
        super.visitLabel(label);
    }

    @Override
    public void visitJumpInsn(int opcode, Label target) {
        // No frame: unreachable code, which never counts.
        if (labels.isBackwardJump(opcode, target) && frame.locals != null) {
            countBranch();
        }
        super.visitJumpInsn(opcode, target);
    }

    private void countBranch() {
        Object[] locals = frameTypes(frame.locals);
        Object[] stack = frameTypes(frame.stack);
        Label originalJump = new Label();
        super.visitFieldInsn(Opcodes.GETSTATIC, COUNTER, "count", "J");
        super.visitInsn(Opcodes.LCONST_1);
        super.visitInsn(Opcodes.LADD);
        // The compared count is the one this thread stored: racing threads cannot make it skip the target.
        super.visitInsn(Opcodes.DUP2);
        super.visitFieldInsn(Opcodes.PUTSTATIC, COUNTER, "count", "J");
        super.visitFieldInsn(Opcodes.GETSTATIC, COUNTER, "target", "J");
        super.visitInsn(Opcodes.LCMP);
        super.visitJumpInsn(Opcodes.IFNE, originalJump);

        List<Candidate> candidates = flips && allInitialized(locals, stack) ? candidates(locals, stack) : List.of();
        pushInt(candidates.size());
        super.visitLdcInsn(site(candidates));
        super.visitMethodInsn(Opcodes.INVOKESTATIC, COUNTER, "pick", "(ILjava/lang/String;)I", false);
        if (candidates.isEmpty()) {
            super.visitInsn(Opcodes.POP);
        } else {
            Label[] cases = new Label[candidates.size()];
            for (int i = 0; i < cases.length; i++) {
                cases[i] = new Label();
            }
            super.visitTableSwitchInsn(0, cases.length - 1, originalJump, cases);
            for (int i = 0; i < cases.length; i++) {
                super.visitLabel(cases[i]);
                super.visitFrame(Opcodes.F_NEW, locals.length, locals, stack.length, stack);
                flip(candidates.get(i));
                if (i < cases.length - 1) {
                    super.visitJumpInsn(Opcodes.GOTO, originalJump);
                }
            }
        }
        super.visitLabel(originalJump);
        super.visitFrame(Opcodes.F_NEW, locals.length, locals, stack.length, stack);
    }

    private void flip(Candidate candidate) {
        Primitive type = candidate.type();
        if (candidate.isStackTop()) {
            invokeFlip(type);
        } else {
            super.visitVarInsn(type.load, candidate.slot());
            invokeFlip(type);
            super.visitVarInsn(type.store, candidate.slot());
        }
    }

    private void invokeFlip(Primitive type) {
        super.visitMethodInsn(Opcodes.INVOKESTATIC, COUNTER, "flip", type.flipDescriptor, false);
    }

    private void pushInt(int value) {
        if (value <= 5) {
            super.visitInsn(Opcodes.ICONST_0 + value);
        } else if (value <= Byte.MAX_VALUE) {
            super.visitIntInsn(Opcodes.BIPUSH, value);
        } else if (value <= Short.MAX_VALUE) {
            super.visitIntInsn(Opcodes.SIPUSH, value);
        } else {
            super.visitLdcInsn(value);
        }
    }

    private String site(List<Candidate> candidates) {
        if (candidates.isEmpty()) {
            return where;
        }
        StringBuilder site = new StringBuilder(where).append(" [");
        for (int i = 0; i < candidates.size(); i++) {
            site.append(i == 0 ? "" : ", ").append(candidates.get(i).description());
        }
        return site.append(']').toString();
    }

    /** The primitive locals in slot order, then the top operand if it is a primitive. */
    private static List<Candidate> candidates(Object[] locals, Object[] stack) {
        List<Candidate> candidates = new ArrayList<>();
        int slot = 0;
        for (Object type : locals) {
            Primitive primitive = Primitive.of(type);
            if (primitive != null) {
                candidates.add(new Candidate(slot, primitive));
            }
            slot += primitive == null ? 1 : primitive.size;
        }
        if (stack.length > 0) {
            Primitive top = Primitive.of(stack[stack.length - 1]);
            if (top != null) {
                candidates.add(new Candidate(Candidate.STACK_TOP, top));
            }
        }
        return candidates;
    }

    /** False while a {@code new} object or, in a constructor before {@code super()}, {@code this} is not. */
    private static boolean allInitialized(Object[] locals, Object[] stack) {
        for (Object[] types : List.of(locals, stack)) {
            for (Object type : types) {
                if (type instanceof Label || Opcodes.UNINITIALIZED_THIS.equals(type)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The adapter's slots as a frame's types: a long or double takes two slots there (the second TOP) but is
     * one type in a frame. Uninitialized types (a {@code new}'s Label, UNINITIALIZED_THIS) are already in
     * the frame format.
     */
    private static Object[] frameTypes(List<Object> slots) {
        List<Object> types = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            Object type = slots.get(i);
            types.add(type);
            if (Opcodes.LONG.equals(type) || Opcodes.DOUBLE.equals(type)) {
                i++;
            }
        }
        return types.toArray();
    }

    /** A value to flip: a local variable's slot, or the top of the operand stack. */
    private record Candidate(int slot, Primitive type) {
        static final int STACK_TOP = -1;

        boolean isStackTop() {
            return slot == STACK_TOP;
        }

        String description() {
            return (isStackTop() ? "stack top" : "local " + slot) + " (" + type.word + ")";
        }
    }

    /** The verifier's primitive types, with how to move and flip each. */
    private enum Primitive {
        INT("int", 1, Opcodes.ILOAD, Opcodes.ISTORE, "(I)I"),
        LONG("long", 2, Opcodes.LLOAD, Opcodes.LSTORE, "(J)J"),
        FLOAT("float", 1, Opcodes.FLOAD, Opcodes.FSTORE, "(F)F"),
        DOUBLE("double", 2, Opcodes.DLOAD, Opcodes.DSTORE, "(D)D");

        final String word;
        final int size;
        final int load;
        final int store;
        final String flipDescriptor;

        Primitive(String word, int size, int load, int store, String flipDescriptor) {
            this.word = word;
            this.size = size;
            this.load = load;
            this.store = store;
            this.flipDescriptor = flipDescriptor;
        }

        /** The primitive of a frame type, or null (a reference, TOP, NULL, uninitialized). */
        static Primitive of(Object frameType) {
            if (Opcodes.INTEGER.equals(frameType)) {
                return INT;
            } else if (Opcodes.LONG.equals(frameType)) {
                return LONG;
            } else if (Opcodes.FLOAT.equals(frameType)) {
                return FLOAT;
            } else if (Opcodes.DOUBLE.equals(frameType)) {
                return DOUBLE;
            }
            return null;
        }
    }
}
