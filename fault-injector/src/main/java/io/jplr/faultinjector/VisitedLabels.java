package io.jplr.faultinjector;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * The labels of one method visited so far, in instruction order: a jump to one of them is a backward
 * branch, which every loop iteration executes. Switches are not counted: javac never jumps backward
 * through one.
 */
final class VisitedLabels {
    private final Set<Label> visited = new HashSet<>();

    void visit(Label label) {
        visited.add(label);
    }

    boolean isBackwardJump(int opcode, Label target) {
        // JSR is a subroutine call, not a loop; it cannot occur in the class files counted (version 51+).
        return opcode != Opcodes.JSR && visited.contains(target);
    }
}
